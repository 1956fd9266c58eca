/**
 * The issue's target "2,000 objects stay smooth to pan and zoom", measured: boards of
 * 0 (the baseline), 200 and 2,000 brainstorm objects in a real Kopa, opened by a pupil in
 * chromium, panned and zoomed by script one viewport per animation frame; frame times
 * and long tasks at full CPU speed and with the CPU slowed down.
 *
 *   npm run bench:boards [-- --sizes 0,200,2000 --duration 3 --throttle 4 --seed 1 --trace]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../apps/web/e2e/support/browser.js';
import { fillBoard } from './board-filler.js';
import { measureBoard, type BoardUnderTest, type Measurement } from './board-page.js';
import { planBrainstorm } from './brainstorm-plan.js';
import { createBoard, startKopa, type KopaServer } from './kopa-server.js';
import { parseOptions, USAGE } from './options.js';
import { formatRatios, formatTable, ratios, verdict, writeJson, type BoardInfo } from './report.js';
import { formatTraceSummary, summarizeTrace } from './trace-summary.js';
import { ensureBuilt } from './web-build.js';

const options = parseOptions(process.argv.slice(2));
if (options === 'help') {
  console.log(USAGE);
  process.exit(0);
}

const loadBefore = loadavg();
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
const stamp = new Date().toISOString().replaceAll(':', '-').replace('.', '-');
ensureBuilt();

let kopa: KopaServer | undefined;
let browser: Browser | undefined;
const cleanUp = async () => {
  await browser?.close();
  await kopa?.stop();
};
process.once('SIGINT', () => {
  console.error('\nSIGINT: cleaning up…');
  void cleanUp().finally(() => process.exit(130));
});

try {
  kopa = await startKopa();
  browser = await launchChromium();
  console.log(`Kopa at ${kopa.url}, chromium ${browser.version()}; load average ${loadBefore.map((load) => load.toFixed(2)).join(' ')}`);

  const boards: BoardInfo[] = [];
  const underTest: BoardUnderTest[] = [];
  for (const size of options.sizes) {
    const plan = planBrainstorm(size, options.seed);
    const item = await createBoard(kopa, size === 0 ? 'Empty board' : `Brainstorm with ${size} objects`);
    const started = performance.now();
    if (size > 0) await fillBoard(kopa.syncUrl, item.docId, kopa.cookie, plan);
    const fillMs = performance.now() - started;
    boards.push({ size, counts: plan.counts, fillMs });
    underTest.push({ itemId: item.id, size, centre: { x: plan.extent.x + plan.extent.w / 2, y: plan.extent.y + plan.extent.h / 2 } });
    console.log(`board of ${size} objects ready (${Object.entries(plan.counts).map(([kind, count]) => `${count} ${kind}`).join(', ')}; filled in ${(fillMs / 1000).toFixed(1)} s)`);
  }

  const cpuRates = options.throttle > 1 ? [1, options.throttle] : [1];
  const measurements: Measurement[] = [];
  const largest = Math.max(...options.sizes);
  const traces: string[] = [];
  for (const board of underTest) {
    console.log(`measuring the board of ${board.size} objects…`);
    const trace = options.trace && board.size === largest;
    const measured = await measureBoard(browser, kopa.url, board, { durationMs: options.durationMs, cpuRates, trace });
    measurements.push(...measured.measurements);
    for (const { gesture, trace: data } of measured.traces) {
      const file = path.join(resultsDir, `boards-trace-${board.size}-${gesture}-${stamp}.json`);
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(file, data);
      traces.push(`${formatTraceSummary(`${board.size.toLocaleString('en')} objects, ${gesture}: busiest renderer threads, ms per event kind`, summarizeTrace(data))}\n  trace: ${path.relative(process.cwd(), file)}`);
    }
  }

  console.log(`\nFrame times while panning and zooming (${options.durationMs / 1000} s each, 1280×800, headless chromium, software rendering)\n`);
  console.log(formatTable(measurements));
  console.log(`\n${formatRatios(ratios(measurements))}\n`);
  console.log(verdict(measurements));
  if (traces.length > 0) console.log(`\n${traces.join('\n')}`);
  console.log(`load average now ${loadavg().map((load) => load.toFixed(2)).join(' ')} (above the core count, other work on the machine shows in the frame times)`);

  const file = path.join(resultsDir, `boards-${stamp}.json`);
  writeJson(file, { options, chromium: browser.version(), boards, measurements, loadBefore });
  console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
} finally {
  await cleanUp();
}
