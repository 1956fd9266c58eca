/**
 * The issue's "fast first load on a cheap phone and a slow connection", measured in one run:
 * the JavaScript the login and home pages load (and every lazily loaded chunk), cold loads of
 * the login page, the home page and a document on Slow 4G with the CPU 4× slower, and the
 * time per keystroke in a 100-paragraph blog post on the same slowed CPU.
 *
 *   npm run bench:load [-- --runs 5 --keystrokes 100 --cpu 4 --network slow4g]
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../apps/web/e2e/support/browser.js';
import { analyseBundle, chunkOf, HEAVY_AREAS, type ChunkInfo } from './bundle.js';
import { paragraphsOf, PASSWORD, PUPIL, startKopa, writeItem, type KopaServer } from './kopa.js';
import { NETWORKS, parseOptions, USAGE } from './options.js';
import { logInThroughForm, newVisitor, QUIET_MS, timeLoad, untilInteractive, type LoadedScript, type LoadTiming, type Throttling } from './page-load.js';
import { formatChunks, formatLazyRoutes, formatTimings, formatTyping, kB, writeJson, type TimingRow } from './report.js';
import { summarize } from './stats.js';
import { documentTarget, KEY_INTERVAL_MS, measureTyping, plainTarget, postTarget, type KeystrokeResult } from './typing.js';

const TARGETS = { routeJsGzip: 250_000, homeMs: 3000, documentMs: 4000, keystrokeMs: 16 };

const options = parseOptions(process.argv.slice(2));
if (options === 'help') {
  console.log(USAGE);
  process.exit(0);
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const builtDist = path.join(repoRoot, 'apps/web/dist');
const resultsDir = path.join(repoRoot, 'bench/results');
const stamp = new Date().toISOString().replaceAll(':', '-').replace('.', '-');
const loadBefore = loadavg();
const throttling: Throttling = { network: NETWORKS[options.network], cpu: options.cpu, blockServiceWorkers: options.blockServiceWorkers };

let kopa: (KopaServer & { webDist: string }) | undefined;
/** The copy of the build that Kopa serves, and that is measured. */
let distDir = builtDist;
let browser: Browser | undefined;
const cleanUp = async () => {
  await browser?.close();
  await kopa?.stop();
};
process.once('SIGINT', () => {
  console.error('\nSIGINT: cleaning up…');
  void cleanUp().finally(() => process.exit(130));
});

/** A script chromium loaded, as a built chunk with its sizes. */
const asChunk = (script: LoadedScript): ChunkInfo & { transferred: number; encoding: string | null } => {
  const file = new URL(script.url).pathname.replace(/^\//, '');
  const chunk = chunkOf(distDir, file) ?? { file, raw: NaN, gzip: NaN, contains: [] };
  return { ...chunk, transferred: script.transferred, encoding: script.encoding };
};

try {
  kopa = await startKopa(builtDist);
  distDir = kopa.webDist;
  const bundle = analyseBundle(distDir);
  browser = await launchChromium();
  console.log(`Kopa at ${kopa.url}, chromium ${browser.version()}; load average ${loadBefore.map((load) => load.toFixed(2)).join(' ')}`);

  const documentItem = await writeItem(kopa, 'doc', 'Our week in Gijón', paragraphsOf(12));
  const post = await writeItem(kopa, 'post', 'A hundred paragraphs from the coach', paragraphsOf(100));
  const longDocument = await writeItem(kopa, 'doc', 'A hundred paragraphs, as a document', paragraphsOf(100));
  console.log(`wrote a document of ${documentItem.paragraphs.length} paragraphs, and a blog post and a document of ${post.paragraphs.length}`);
  const home = { kind: 'home', itemTitle: documentItem.item.title } as const;

  // The post is the target; a document of the same paragraphs and a bare contenteditable put it in context.
  const measureAllTyping = async () => {
    const results: KeystrokeResult[] = [];
    for (const target of [postTarget(post), documentTarget(longDocument), plainTarget(post.paragraphs)]) {
      console.log(`typing ${options.keystrokes} keys into ${target.label} (CPU ${options.cpu}× slower)…`);
      results.push(await measureTyping(browser!, kopa!.url, kopa!.cookie, target, { keystrokes: options.keystrokes, cpu: options.cpu }));
    }
    return results;
  };
  const typingReport = (typings: KeystrokeResult[]) => {
    const typing = typings[0]!;
    console.log(`\nTyping at the end of the middle paragraph (${typing.paragraph} of ${typing.paragraphs}), CPU ${typing.cpu}× slower, keys ${KEY_INTERVAL_MS} ms apart`);
    console.log('work = main-thread time per keystroke (trace: from the task that dispatches its keydown to the next one, frame included)');
    console.log('frame = from the key to just after the next frame (in page; includes waiting for that frame, up to 16.7 ms)\n');
    console.log(formatTyping(typings, TARGETS.keystrokeMs));
    console.log(`load average now ${loadavg().map((load) => load.toFixed(2)).join(' ')} (above the core count, other work on the machine shows in these times)`);
    return typings.map((result) => ({ ...result, workSummary: summarize(result.work), toNextFrameSummary: summarize(result.toNextFrame) }));
  };
  if (options.typingOnly) {
    const typing = typingReport(await measureAllTyping());
    const file = path.join(resultsDir, `typing-${stamp}.json`);
    writeJson(file, { options, chromium: browser.version(), targets: TARGETS, typing, loadBefore });
    console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
  } else {
    // Which JavaScript the login page and then the home page load (a pupil logging in through the form).
    const routeVisitor = await newVisitor(browser, kopa.url, { throttling: { network: NETWORKS.none, cpu: 1 }, ready: { kind: 'login' } });
    let loginScripts: LoadedScript[];
    let homeScripts: LoadedScript[];
    try {
      await routeVisitor.page.goto(`${kopa.url}/login`, { waitUntil: 'commit' });
      await untilInteractive(routeVisitor.page, 'the login page', routeVisitor.pageErrors);
      loginScripts = await routeVisitor.scripts();
      await logInThroughForm(routeVisitor.page, PUPIL, PASSWORD, home);
      await untilInteractive(routeVisitor.page, 'the home page after logging in', routeVisitor.pageErrors);
      const seen = new Set(loginScripts.map((script) => script.url));
      homeScripts = (await routeVisitor.scripts()).filter((script) => !seen.has(script.url));
      if (routeVisitor.pageErrors.length > 0) throw new Error(`login → home threw: ${routeVisitor.pageErrors.join('; ')}`);
    } finally {
      await routeVisitor.context.close();
    }
    const loginChunks = loginScripts.map(asChunk);
    const homeChunks = homeScripts.map(asChunk);
    const routeChunks = [...loginChunks, ...homeChunks];
    const routeGzip = routeChunks.reduce((total, chunk) => total + chunk.gzip, 0);
    const routeTransferred = routeChunks.reduce((total, chunk) => total + chunk.transferred, 0);
    const heavy = routeChunks.filter((chunk) => chunk.contains.some((area) => HEAVY_AREAS.includes(area)));

    // Cold loads, throttled: login page (signed out), home and a document (signed in by cookie).
    const loads: Record<'login' | 'home' | 'document', LoadTiming[]> = { login: [], home: [], document: [] };
    for (let run = 1; run <= options.runs; run += 1) {
      loads.login.push(await timeLoad(browser, kopa.url, '/login', { throttling, ready: { kind: 'login' } }));
      loads.home.push(await timeLoad(browser, kopa.url, '/', { cookie: kopa.cookie, throttling, ready: home }));
      loads.document.push(
        await timeLoad(browser, kopa.url, `/items/${documentItem.item.id}`, { cookie: kopa.cookie, throttling, ready: { kind: 'document', text: documentItem.paragraphs.at(-1)! } }),
      );
      const last = (kind: keyof typeof loads) => loads[kind].at(-1)!;
      console.log(
        `run ${run}/${options.runs}: login ready ${(last('login').ready / 1000).toFixed(2)} s, interactive ${(last('login').interactive / 1000).toFixed(2)} s; ` +
          `home ready ${(last('home').ready / 1000).toFixed(2)} s, interactive ${(last('home').interactive / 1000).toFixed(2)} s; ` +
          `document editable ${(last('document').ready / 1000).toFixed(2)} s`,
      );
    }

    const typings = await measureAllTyping();

    // The report.
    const fcp = (list: LoadTiming[]) => summarize(list.map((load) => load.fcp ?? NaN).filter(Number.isFinite));
    const timings: TimingRow[] = [
      { label: 'login (signed out): form shown', metric: summarize(loads.login.map((load) => load.ready)), fcp: fcp(loads.login) },
      { label: `login (signed out): interactive`, metric: summarize(loads.login.map((load) => load.interactive)), fcp: fcp(loads.login) },
      { label: 'home (signed in): content shown', metric: summarize(loads.home.map((load) => load.ready)), fcp: fcp(loads.home) },
      { label: 'home (signed in): interactive', target: TARGETS.homeMs, metric: summarize(loads.home.map((load) => load.interactive)), fcp: fcp(loads.home) },
      { label: 'document: open and editable', target: TARGETS.documentMs, metric: summarize(loads.document.map((load) => load.ready)), fcp: fcp(loads.document) },
      { label: 'document: interactive', metric: summarize(loads.document.map((load) => load.interactive)), fcp: fcp(loads.document) },
    ];
    const jsOf = (list: LoadTiming[]) => summarize(list.map((load) => load.scripts.reduce((total, script) => total + script.transferred, 0)));
    const swRequests = Object.values(loads).flat().reduce((total, load) => total + load.serviceWorkerRequests, 0);

    console.log(`\n${formatChunks('JavaScript of the login page (/login, signed out)', loginChunks)}`);
    console.log(`\n${formatChunks('…then the home page after logging in through the form (what it adds)', homeChunks)}`);
    console.log(
      `\nlogin + home: ${routeChunks.length} files, ${kB(routeGzip)} gzip (target ≤ ${kB(TARGETS.routeJsGzip)}: ${routeGzip <= TARGETS.routeJsGzip ? 'PASS' : 'FAIL'}); ` +
        `${kB(routeTransferred)} came over the wire (${[...new Set(routeChunks.map((chunk) => chunk.encoding ?? 'uncompressed'))].join(', ')})`,
    );
    console.log(heavy.length === 0 ? `no ${HEAVY_AREAS.join(', ')} code among them` : `HEAVY CODE LOADED: ${heavy.map((chunk) => `${path.basename(chunk.file)} (${chunk.contains.join(', ')})`).join('; ')}`);
    console.log(`\n${formatLazyRoutes(bundle)}`);
    const initialFiles = new Set(bundle.initial.chunks.map((chunk) => chunk.file));
    console.log(`\n${formatChunks('Lazily loaded chunks (all but what index.html loads), largest first', bundle.chunks.filter((chunk) => !initialFiles.has(chunk.file)), 1000)}`);
    console.log(`\nCold loads on a phone (360×740 at 2×), ${throttling.network.label}, CPU ${options.cpu}× slower; ${options.runs} runs each, ms since navigation start`);
    console.log(`ready = the page's main content is on screen; interactive = ready, then the end of the last long task before ${QUIET_MS / 1000} s without one\n`);
    console.log(formatTimings(timings));
    console.log(`JS over the wire per cold load (median): login ${kB(jsOf(loads.login).median)}, home ${kB(jsOf(loads.home).median)}, document ${kB(jsOf(loads.document).median)}`);
    if (options.blockServiceWorkers) console.log('service workers blocked (--block-service-workers)');
    else if (swRequests > 0) console.log(`the service worker made ${(swRequests / Object.values(loads).flat().length).toFixed(0)} requests per cold load on average (its precache shares the slow line)`);
    const typing = typingReport(typings);

    const file = path.join(resultsDir, `load-${stamp}.json`);
    writeJson(file, {
      options,
      network: throttling.network,
      quietMs: QUIET_MS,
      chromium: browser.version(),
      targets: TARGETS,
      routeJs: { login: loginChunks, homeAfterLogin: homeChunks, gzip: routeGzip, transferred: routeTransferred, heavy: heavy.map((chunk) => chunk.file) },
      bundle,
      timings,
      loads,
      typing,
      loadBefore,
    });
    console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
  }
} finally {
  await cleanUp();
}
