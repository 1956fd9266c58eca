import { waitFor } from '@kopa/testkit';
import type { Browser, Page } from 'playwright-core';
import { LAPTOP, logIn } from '../../apps/web/e2e/support/browser.js';
import { summarizeFrames, type FrameSummary } from './frame-stats.js';
import { boardState, runGesture, startViewport, untilQuiet, type GestureArgs, type GestureResult } from './in-page.js';
import { PASSWORD, PUPIL } from './kopa-server.js';
import { TRACE_CATEGORIES } from './trace-summary.js';

export interface BoardUnderTest {
  itemId: string;
  size: number;
  centre: { x: number; y: number };
}

export interface GestureTrace {
  gesture: GestureArgs['kind'];
  trace: Buffer;
}

export interface Measurement {
  size: number;
  gesture: GestureArgs['kind'];
  /** Chromium's CPU slowdown (1: none). */
  cpu: number;
  summary: FrameSummary;
  result: GestureResult;
}

const PAN = { panZoom: 0.5, panRadius: 300 };
const ZOOM = { zoomFrom: 0.3, zoomTo: 1.5 };
const LOAD_TIMEOUT_MS = 90_000;

/**
 * Opens one board as the pupil in a fresh browser profile at 1280×800 and measures a pan
 * and a zoom at each CPU speed. Each gesture starts from a settled canvas (culled for
 * its start viewport), as it would after the pupil's previous gesture.
 */
export async function measureBoard(
  browser: Browser,
  url: string,
  board: BoardUnderTest,
  { durationMs, cpuRates, trace }: { durationMs: number; cpuRates: number[]; trace: boolean },
): Promise<{ measurements: Measurement[]; traces: GestureTrace[] }> {
  const context = await browser.newContext({ viewport: LAPTOP, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // tsx keeps function names with a `__name` helper the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await logIn(page, url, PUPIL, PASSWORD);
    await page.goto(`${url}/boards/${board.itemId}`);
    await waitUntilShown(page, board.size);
    await page.evaluate(untilQuiet, { quietMs: 500, timeoutMs: 30_000 });

    const cdp = await context.newCDPSession(page);
    const gesture = (kind: GestureArgs['kind'], ms: number): GestureArgs => ({ kind, durationMs: ms, centre: board.centre, ...PAN, ...ZOOM });
    // Unmeasured: let the JIT and the caches warm up on this page.
    await settleAt(page, gesture('pan', 1000));
    await page.evaluate(runGesture, gesture('pan', 1000));

    const measurements: Measurement[] = [];
    for (const cpu of cpuRates) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      for (const kind of ['pan', 'zoom'] as const) {
        const args = gesture(kind, durationMs);
        await settleAt(page, args, cpu);
        const result = await page.evaluate(runGesture, args);
        measurements.push({ size: board.size, gesture: kind, cpu, summary: summarizeFrames(result), result });
      }
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    // Tracing slows the page down: its runs come after the measured ones and are not measured.
    const traces: GestureTrace[] = [];
    for (const kind of trace ? (['pan', 'zoom'] as const) : []) {
      const args = gesture(kind, durationMs);
      await settleAt(page, args);
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await page.evaluate(runGesture, args);
      traces.push({ gesture: kind, trace: await browser.stopTracing() });
    }
    if (pageErrors.length > 0) throw new Error(`the board page threw: ${pageErrors.join('; ')}`);
    return { measurements, traces };
  } finally {
    await context.close();
  }
}

/** The canvas is up and its model holds every object; with objects, some are drawn. */
async function waitUntilShown(page: Page, size: number): Promise<void> {
  await waitFor(
    async () => {
      const state = await page.evaluate(boardState);
      return state !== null && state.objects === size && (size === 0 || state.rendered > 0);
    },
    { timeout: LOAD_TIMEOUT_MS, interval: 200, message: `the board page to show ${size} objects` },
  );
  // The empty board says so once its (empty) content has synced.
  if (size === 0) await page.getByText('This board is empty.').waitFor({ timeout: LOAD_TIMEOUT_MS });
}

/** Puts the view where the gesture starts and waits until the canvas has re-culled and drawn (slower on a slowed CPU). */
async function settleAt(page: Page, args: GestureArgs, cpu = 1): Promise<void> {
  await page.evaluate(startViewport, args);
  await page.evaluate(untilQuiet, { quietMs: 400 * cpu, timeoutMs: 30_000 * cpu });
}
