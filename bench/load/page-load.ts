import type { Browser, BrowserContext, CDPSession, Page, Response } from 'playwright-core';
import { installProbe, readProbe, watchFor, type LongTask, type ReadySpec } from './in-page.js';
import type { NetworkProfile } from './options.js';

/** A cheap phone: a small screen at twice the pixels, touch. */
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Lighthouse's quiet window for Time to Interactive: no long task for this long. */
export const QUIET_MS = 5000;
const READY_TIMEOUT_MS = 60_000;

export interface LoadedScript {
  url: string;
  /** Bytes of the body as they came over the wire (compressed, if the server compressed). */
  transferred: number;
  encoding: string | null;
}

export interface LoadTiming {
  /** First contentful paint, ms since navigation start. */
  fcp: number | null;
  /** The page's main content is on screen (its ready condition), ms since navigation start. */
  ready: number;
  /** Ready, and the main thread then stayed free of long tasks for QUIET_MS (ms since navigation start). */
  interactive: number;
  longTasks: LongTask[];
  scripts: LoadedScript[];
  /** Requests a service worker made meanwhile (a precache competes for the same slow line). */
  serviceWorkerRequests: number;
}

export interface Throttling {
  network: NetworkProfile;
  cpu: number;
  blockServiceWorkers?: boolean;
}

export interface Visitor {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  pageErrors: string[];
  scripts: () => Promise<LoadedScript[]>;
  serviceWorkerRequests: () => number;
}

/**
 * A fresh browser profile (cold cache, own cookies) on a phone, with the probe installed, the
 * network and CPU throttled from its first request, and a record of every script it loads.
 */
export async function newVisitor(
  browser: Browser,
  baseUrl: string,
  { cookie, throttling, ready }: { cookie?: { name: string; value: string }; throttling: Throttling; ready: ReadySpec | null },
): Promise<Visitor> {
  const context = await browser.newContext({ ...PHONE, locale: 'en-GB', serviceWorkers: throttling.blockServiceWorkers ? 'block' : 'allow' });
  if (cookie) await context.addCookies([{ ...cookie, url: baseUrl }]);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // tsx keeps function names with a `__name` helper the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(installProbe, ready);
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  let serviceWorkerRequests = 0;
  context.on('request', (request) => {
    if (request.serviceWorker()) serviceWorkerRequests += 1;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const { latency, downloadThroughput, uploadThroughput } = throttling.network;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput, uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling.cpu });
  const scripts = async () =>
    Promise.all(
      responses.map(async (response) => {
        await response.finished();
        const sizes = await response.request().sizes();
        return { url: response.url(), transferred: sizes.responseBodySize, encoding: (await response.headerValue('content-encoding')) ?? null };
      }),
    );
  return { context, page, cdp, pageErrors, scripts, serviceWorkerRequests: () => serviceWorkerRequests };
}

/** Opens `url` in a fresh visitor and times it until ready and then quiet. */
export async function timeLoad(
  browser: Browser,
  baseUrl: string,
  path: string,
  options: { cookie?: { name: string; value: string }; throttling: Throttling; ready: ReadySpec },
): Promise<LoadTiming> {
  const visitor = await newVisitor(browser, baseUrl, options);
  try {
    await visitor.page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
    const timing = await untilInteractive(visitor.page, `${path} (${options.ready.kind})`, visitor.pageErrors);
    if (visitor.pageErrors.length > 0) throw new Error(`${path} threw: ${visitor.pageErrors.join('; ')}`);
    return { ...timing, scripts: await visitor.scripts(), serviceWorkerRequests: visitor.serviceWorkerRequests() };
  } finally {
    await visitor.context.close();
  }
}

/**
 * Waits until the probe's ready condition holds, then until the main thread has had no long
 * task (over 50 ms) for QUIET_MS. Interactive is Lighthouse's Time to Interactive without its
 * network condition, counted from ready instead of first paint: the end of the last long task
 * before the first quiet window that starts at or after ready (ready itself if none follows).
 */
export async function untilInteractive(page: Page, what: string, pageErrors: readonly string[] = []): Promise<Omit<LoadTiming, 'scripts' | 'serviceWorkerRequests'>> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const probe = await page.evaluate(readProbe);
    if (probe.readyAt !== null) {
      const interactive = quietFrom(probe.readyAt, probe.longTasks);
      if (probe.now - interactive >= QUIET_MS) {
        return { fcp: probe.fcp, ready: probe.readyAt, interactive, longTasks: probe.longTasks };
      }
    }
    if (Date.now() > deadline) {
      const shown = await page.evaluate(() => `${location.pathname}: ${(document.body.innerText ?? '').replace(/\s+/g, ' ').slice(0, 300)}`);
      const errors = pageErrors.length > 0 ? `; it threw: ${pageErrors.join('; ')}` : '';
      throw new Error(`${what} ${probe.readyAt === null ? 'was not ready' : 'never went quiet'} within ${READY_TIMEOUT_MS / 1000} s (page ${shown}${errors})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Logs in through the login form (the page must be on /login) and re-arms the probe for the home page. */
export async function logInThroughForm(page: Page, username: string, password: string, home: ReadySpec): Promise<void> {
  await page.evaluate(watchFor, home);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form.login__form button[type="submit"]').click();
}

/** The start of the first window of QUIET_MS without long tasks at or after `from`. */
export function quietFrom(from: number, longTasks: readonly LongTask[]): number {
  let candidate = from;
  for (const task of [...longTasks].sort((a, b) => a.start - b.start)) {
    if (task.end <= candidate) continue;
    if (task.start - candidate >= QUIET_MS) break;
    candidate = Math.max(candidate, task.end);
  }
  return candidate;
}
