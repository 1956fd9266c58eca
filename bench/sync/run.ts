/**
 * `npm run bench:sync`: edit→peer latency, CPU and memory of Kopa's sync server
 * under C clients in R rooms, against a bare @y/websocket-server as the baseline.
 * See bench/README.md.
 */
import path from 'node:path';
import { startBaseline } from './baseline-target.js';
import { startKopa } from './kopa-target.js';
import { installExitHandlers, runCleanups } from './lifecycle.js';
import { parseOptions, USAGE, type BenchOptions } from './options.js';
import { formatRatios, formatTable, ratios, writeJson } from './report.js';
import { runScenario } from './scenario.js';
import type { ScenarioResult, Target } from './types.js';

const KOPA = 'kopa';
const BASELINE = 'baseline (@y/websocket-server)';

interface ServerSpec {
  label: string;
  start: (rooms: number) => Promise<Target>;
}

function serverSpecs(options: BenchOptions): ServerSpec[] {
  return [
    { label: KOPA, start: (rooms) => startKopa(KOPA, rooms) },
    ...(options.alsoNormal
      ? [{ label: 'kopa (synchronous=NORMAL)', start: (rooms: number) => startKopa('kopa (synchronous=NORMAL)', rooms, 'normal') }]
      : []),
    { label: BASELINE, start: (rooms) => startBaseline(BASELINE, rooms) },
  ];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return;
  }
  installExitHandlers();
  const startedAt = new Date();
  console.error(
    `bench:sync — ${options.clients} clients, ${options.rooms} rooms, ${options.rate} edits/s, ` +
      `${options.warmupS} s warm-up + ${options.durationS} s measured per server`,
  );

  const results: ScenarioResult[] = [];
  for (const spec of serverSpecs(options)) {
    const log = (message: string) => console.error(`[${spec.label}] ${message}`);
    log('starting server');
    const target = await spec.start(options.rooms);
    try {
      results.push(await runScenario(target, options, log));
    } finally {
      await target.stop();
      log('server stopped');
    }
  }

  const kopa = results.find((result) => result.server === KOPA);
  const baseline = results.find((result) => result.server === BASELINE);
  console.log(`\n${formatTable(results)}\n`);
  if (kopa && baseline) console.log(`${formatRatios(kopa, baseline)}\n`);
  const file = await writeJson(startedAt, options, results, kopa && baseline ? ratios(kopa, baseline) : undefined);
  console.log(`Results written to ${path.relative(process.cwd(), file)}`);
}

main()
  .then(
    () => 0,
    (error: unknown) => {
      console.error(`bench:sync failed: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    },
  )
  .then(async (code) => {
    await runCleanups();
    // Providers leave reconnect timers and pidusage keeps file handles: exit explicitly.
    process.exit(code);
  });
