/**
 * Where a keystroke's main-thread time goes: the typing bench's setup (a seeded 100-paragraph
 * post and document, chromium with the CPU slowed down), and while typing a CPU profile
 * (CDP Profiler, self and total time per function and per module, mapped back to the sources
 * through the build's source maps), a trace (time per kind of renderer work: script, style,
 * layout, paint…) and a count of React's renders per component (through React's DevTools hook).
 *
 *   node --conditions=@kopa/source --import tsx bench/load/typing-profile.ts [-- --dist apps/web/dist --keys 50 --cpu 4 --out /tmp/profile --targets post,document,plain]
 *
 * A build without minifying (`npx vite build --minify false --outDir …`) keeps React components'
 * names for the render counts; the source maps place the time in either build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../apps/web/e2e/support/browser.js';
import { readKeys, readProbe } from './in-page.js';
import { paragraphsOf, startKopa, writeItem } from './kopa.js';
import { NETWORKS } from './options.js';
import { newVisitor, untilInteractive } from './page-load.js';
import { summarize } from './stats.js';
import { documentTarget, KEY_INTERVAL_MS, plainTarget, postTarget, workPerKeystroke, type TypingTarget } from './typing.js';

const SENTENCE = ' and then the coach stopped in Oviedo for lunch';
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'];

const argv = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1]! : fallback;
};
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dist = path.resolve(flag('--dist', path.join(repoRoot, 'apps/web/dist')));
const keys = Number(flag('--keys', '50'));
const cpu = Number(flag('--cpu', '4'));
const outDir = path.resolve(flag('--out', '/tmp/typing-profile'));
const wanted = flag('--targets', 'post,document,plain').split(',');
mkdirSync(outDir, { recursive: true });

/** Counts React renders per component (installed before the page's scripts). */
function installRenderCounter(): void {
  type Fiber = { tag: number; type: unknown; alternate: Fiber | null; child: Fiber | null; sibling: Fiber | null; flags: number };
  const counts: Record<string, number> = {};
  const commits = { count: 0 };
  const nameOf = (fiber: Fiber): string | null => {
    const type = fiber.type as { displayName?: string; name?: string; render?: { name?: string }; type?: { name?: string; displayName?: string } } | null;
    if (!type) return null;
    if (fiber.tag === 0 || fiber.tag === 1 || fiber.tag === 15) return type.displayName || type.name || 'anonymous';
    if (fiber.tag === 11) return `${type.displayName || type.render?.name || 'anonymous'} (forwardRef)`;
    if (fiber.tag === 14) return `${type.displayName || type.type?.displayName || type.type?.name || 'anonymous'} (memo)`;
    return null;
  };
  const walk = (fiber: Fiber | null) => {
    for (let each = fiber; each; each = each.sibling) {
      const previous = each.alternate;
      const name = nameOf(each);
      // PerformedWork (1): the component's function ran in this render.
      if (name && (previous === null || (each.flags & 1) === 1)) counts[name] = (counts[name] ?? 0) + 1;
      // Children shared with the previous tree were not rendered again.
      if (previous === null || each.child !== previous.child) walk(each.child);
    }
  };
  (globalThis as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      commits.count += 1;
      walk(root.current.child);
    },
  };
  (globalThis as unknown as { __renders: unknown }).__renders = {
    counts,
    commits,
    reset() {
      for (const key of Object.keys(counts)) delete counts[key];
      commits.count = 0;
    },
  };
}

async function openAtMiddle(browser: Browser, baseUrl: string, cookie: { name: string; value: string }, target: TypingTarget) {
  const visitor = await newVisitor(browser, baseUrl, { cookie, throttling: { network: NETWORKS.none, cpu: 1 }, ready: { kind: 'document', text: target.paragraphs.at(-1)! } });
  await visitor.page.addInitScript(installRenderCounter);
  if (target.html !== undefined) {
    const html = target.html;
    await visitor.page.route(`${baseUrl}${target.path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  }
  await visitor.page.goto(`${baseUrl}${target.path}`, { waitUntil: 'commit' });
  await untilInteractive(visitor.page, target.label, visitor.pageErrors);
  const middle = Math.ceil(target.paragraphs.length / 2);
  const paragraph = visitor.page.locator('.editor-surface__content > p').nth(middle - 1);
  await paragraph.click();
  await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await visitor.page.waitForTimeout(200);
  return visitor;
}

async function typeKeys(page: Page, count: number) {
  for (let index = 0; index < count; index += 1) {
    const started = Date.now();
    const key = SENTENCE[index % SENTENCE.length]!;
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    const wait = KEY_INTERVAL_MS - (Date.now() - started);
    if (wait > 0) await page.waitForTimeout(wait);
  }
  await page.waitForTimeout(1000);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { type?: string; functionName?: string; url?: string } };
}

/** Self time of each kind of trace event on the renderer main thread (time inside a child event goes to the child). */
function traceBreakdown(trace: Buffer): Record<string, number> {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const keydown = traceEvents.find((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown');
  if (!keydown) return {};
  const events = traceEvents
    .filter((event) => event.pid === keydown.pid && event.tid === keydown.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self: Record<string, number> = {};
  const stack: { event: TraceEvent; end: number; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      const name = done.event.name === 'EventDispatch' ? `EventDispatch:${done.event.args?.data?.type}` : done.event.name;
      self[name] = (self[name] ?? 0) + (done.event.dur! - done.child) / 1000;
      if (stack.length > 0) stack.at(-1)!.child += done.event.dur!;
    }
  };
  for (const event of events) {
    close(event.ts);
    stack.push({ event, end: event.ts + event.dur!, child: 0 });
  }
  close(Infinity);
  return self;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number; scriptId: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const maps = new Map<string, TraceMap | null>();
function mapOf(url: string): TraceMap | null {
  if (!maps.has(url)) {
    let map: TraceMap | null;
    try {
      map = new TraceMap(readFileSync(`${path.join(dist, new URL(url).pathname)}.map`, 'utf8'));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

/** Where a profiled function is in our sources or dependencies: a module (package or source folder) and a readable label. */
function place(frame: ProfileNode['callFrame']): { module: string; label: string } {
  if (!frame.url) return { module: frame.functionName || '(native)', label: frame.functionName || '(native)' };
  const map = mapOf(frame.url);
  const position = map ? originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }) : null;
  const source = position?.source ?? frame.url;
  const clean = source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/').replace(/^.*?(apps|packages)\//, '$1/');
  const module = clean.startsWith('node_modules/')
    ? clean.split('/').slice(1, clean.split('/')[1]!.startsWith('@') ? 3 : 2).join('/')
    : clean.split('/').slice(0, clean.startsWith('apps/web/src/') ? 4 : 3).join('/');
  const name = frame.functionName || position?.name || '(anonymous)';
  return { module, label: `${name} ${clean}:${position?.line ?? frame.lineNumber + 1}` };
}

function analyseProfile(profile: CpuProfile, keyCount: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  for (let index = 0; index < profile.samples.length; index += 1) {
    const duration = profile.timeDeltas[index + 1] ?? 0;
    selfUs.set(profile.samples[index]!, (selfUs.get(profile.samples[index]!) ?? 0) + duration);
  }
  const self = new Map<string, number>();
  const selfModule = new Map<string, number>();
  const total = new Map<string, number>();
  const totalModule = new Map<string, number>();
  const places = new Map<number, { module: string; label: string }>();
  const placeOf = (id: number) => {
    if (!places.has(id)) places.set(id, place(byId.get(id)!.callFrame));
    return places.get(id)!;
  };
  for (const [id, us] of selfUs) {
    const { module, label } = placeOf(id);
    self.set(label, (self.get(label) ?? 0) + us);
    selfModule.set(module, (selfModule.get(module) ?? 0) + us);
    // Total: every function on the stack, once each.
    const labels = new Set<string>();
    const modules = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const where = placeOf(at);
      labels.add(where.label);
      modules.add(where.module);
    }
    for (const label of labels) total.set(label, (total.get(label) ?? 0) + us);
    for (const module of modules) totalModule.set(module, (totalModule.get(module) ?? 0) + us);
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .filter(([label]) => !label.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([label, us]) => ({ label, msPerKey: +(us / 1000 / keyCount).toFixed(3) }));
  const busyUs = [...selfUs].filter(([id]) => byId.get(id)!.callFrame.functionName !== '(idle)').reduce((sum, [, us]) => sum + us, 0);
  return {
    busyMsPerKey: +(busyUs / 1000 / keyCount).toFixed(2),
    selfByModule: top(selfModule, 40),
    selfByFunction: top(self, 60),
    totalByModule: top(totalModule, 40),
    totalByFunction: top(total, 120),
  };
}

async function profileTarget(browser: Browser, baseUrl: string, cookie: { name: string; value: string }, name: string, target: TypingTarget) {
  const visitor = await openAtMiddle(browser, baseUrl, cookie, target);
  const { page, cdp } = visitor;
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.waitForTimeout(2000);

    // 1. A trace: main-thread work per keystroke, and per kind of work.
    const before = await page.evaluate(readProbe);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await typeKeys(page, keys);
    const trace = await browser.stopTracing();
    const work = workPerKeystroke(trace);
    const { keys: timed } = await page.evaluate(readKeys);
    const frames = timed.slice(before.keys).map((key) => key.frameDone - key.arrival);
    const kinds = Object.entries(traceBreakdown(trace))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([kind, ms]) => ({ kind, msPerKey: +(ms / keys).toFixed(3) }));

    // 2. A CPU profile and React's renders while typing as many keys again.
    await page.evaluate(() => (globalThis as unknown as { __renders?: { reset(): void } }).__renders?.reset());
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await typeKeys(page, keys);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const renders = await page.evaluate(() => {
      const counter = (globalThis as unknown as { __renders?: { counts: Record<string, number>; commits: { count: number } } }).__renders;
      return counter ? { commits: counter.commits.count, counts: { ...counter.counts } } : null;
    });
    await (cdp as CDPSession).send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (visitor.pageErrors.length > 0) throw new Error(`${target.label} threw: ${visitor.pageErrors.join('; ')}`);

    writeFileSync(path.join(outDir, `${name}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(path.join(outDir, `${name}.trace.json`), trace);
    const analysis = analyseProfile(profile, keys);
    const result = {
      target: target.label,
      keys,
      cpu,
      work: summarize(work),
      toNextFrame: summarize(frames),
      traceSelfByKind: kinds,
      renders: renders && {
        commitsPerKey: +(renders.commits / keys).toFixed(2),
        perKey: Object.entries(renders.counts)
          .sort((a, b) => b[1] - a[1])
          .map(([component, count]) => ({ component, perKey: +(count / keys).toFixed(2) })),
      },
      ...analysis,
    };
    writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(result, null, 2));
    return result;
  } finally {
    await visitor.context.close();
  }
}

const kopa = await startKopa(dist);
const browser = await launchChromium();
try {
  console.log(`load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  const paragraphs = paragraphsOf(100);
  const targets: Record<string, () => Promise<TypingTarget>> = {
    post: async () => postTarget(await writeItem(kopa, 'post', 'A hundred paragraphs from the coach', paragraphs)),
    document: async () => documentTarget(await writeItem(kopa, 'doc', 'A hundred paragraphs, as a document', paragraphs)),
    plain: async () => plainTarget(paragraphs),
  };
  for (const name of wanted) {
    const result = await profileTarget(browser, kopa.url, kopa.cookie, name, await targets[name]!());
    console.log(
      `\n${result.target}: work median ${result.work.median.toFixed(1)} ms (p95 ${result.work.p95.toFixed(1)}), frame median ${result.toNextFrame.median.toFixed(1)}; profile busy ${result.busyMsPerKey} ms/key`,
    );
    console.log('trace, self time per kind (ms/key):', result.traceSelfByKind.slice(0, 12).map((each) => `${each.kind} ${each.msPerKey}`).join(', '));
    console.log('self by module (ms/key):', result.selfByModule.slice(0, 15).map((each) => `${each.label} ${each.msPerKey}`).join(', '));
    if (result.renders) console.log(`React commits/key ${result.renders.commitsPerKey}; renders/key:`, result.renders.perKey.slice(0, 25).map((each) => `${each.component} ${each.perKey}`).join(', '));
  }
  console.log(`\nload average ${loadavg().map((load) => load.toFixed(2)).join(' ')}; details in ${outDir}`);
} finally {
  await browser.close();
  await kopa.stop();
}
