import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from './options.js';
import type { ScenarioResult } from './types.js';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));

interface Column {
  header: string;
  cell: (result: ScenarioResult) => string;
  left?: boolean;
}

const ms = (value: number) => (Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const fixed = (digits: number) => (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(digits));

const COLUMNS: Column[] = [
  { header: 'server', cell: (r) => r.server, left: true },
  { header: 'clients', cell: (r) => String(r.clients) },
  { header: 'rooms', cell: (r) => String(r.rooms) },
  { header: 'edits/s', cell: (r) => fixed(1)(r.achievedRate) },
  { header: 'edits sent', cell: (r) => String(r.editsSent) },
  { header: 'deliveries', cell: (r) => String(r.deliveriesMeasured) },
  { header: 'p50 ms', cell: (r) => ms(r.latencyMs.p50) },
  { header: 'p95 ms', cell: (r) => ms(r.latencyMs.p95) },
  { header: 'p99 ms', cell: (r) => ms(r.latencyMs.p99) },
  { header: 'srv CPU %', cell: (r) => fixed(1)(r.serverCpuPct) },
  { header: 'srv RSS MB peak/end', cell: (r) => `${fixed(1)(r.serverRssPeakMb)} / ${fixed(1)(r.serverRssEndMb)}` },
  { header: 'gen CPU %', cell: (r) => fixed(1)(r.generatorCpuPct) },
  { header: 'valid?', cell: (r) => (r.valid ? 'yes' : 'INVALID'), left: true },
];

/** The results table, one row per server, plus why any row is INVALID. */
export function formatTable(results: ScenarioResult[]): string {
  const rows = [COLUMNS.map((column) => column.header), ...results.map((result) => COLUMNS.map((column) => column.cell(result)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (COLUMNS[i]!.left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ');
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  const out = [line(rows[0]!), rule, ...rows.slice(1).map(line), ''];
  for (const r of results) {
    out.push(
      `  ${r.server}: ${r.deliveriesMeasured}/${r.deliveriesExpected} deliveries in ${r.measuredSeconds.toFixed(1)} s, ` +
        `latency mean ${ms(r.latencyMs.mean)} / max ${ms(r.latencyMs.max)} ms, ` +
        `generator loop delay p99 ${ms(r.generatorLoopDelayP99Ms)} / max ${ms(r.generatorLoopDelayMaxMs)} ms, ` +
        `${r.clients} clients synced in ${r.connectSeconds.toFixed(1)} s`,
    );
    for (const reason of r.invalidReasons) out.push(`  ${r.server} INVALID: ${reason}`);
  }
  return out.join('\n');
}

export interface Ratios {
  p50: number;
  p95: number;
  p99: number;
  cpu: number;
  rssPeak: number;
}

export function ratios(kopa: ScenarioResult, baseline: ScenarioResult): Ratios {
  return {
    p50: kopa.latencyMs.p50 / baseline.latencyMs.p50,
    p95: kopa.latencyMs.p95 / baseline.latencyMs.p95,
    p99: kopa.latencyMs.p99 / baseline.latencyMs.p99,
    cpu: kopa.serverCpuPct / baseline.serverCpuPct,
    rssPeak: kopa.serverRssPeakMb / baseline.serverRssPeakMb,
  };
}

/** "Kopa / baseline" lines: each metric as kopa ÷ baseline (above 1 means Kopa uses or waits more). */
export function formatRatios(kopa: ScenarioResult, baseline: ScenarioResult): string {
  const r = ratios(kopa, baseline);
  const line = (name: string, a: string, b: string, ratio: number) =>
    `  ${name.padEnd(12)} ${a.padStart(9)} / ${b.padEnd(9)} = ${Number.isFinite(ratio) ? ratio.toFixed(2) : '-'}x`;
  const out = [
    `${kopa.server} / ${baseline.server}:`,
    line('p50 latency', `${ms(kopa.latencyMs.p50)} ms`, `${ms(baseline.latencyMs.p50)} ms`, r.p50),
    line('p95 latency', `${ms(kopa.latencyMs.p95)} ms`, `${ms(baseline.latencyMs.p95)} ms`, r.p95),
    line('p99 latency', `${ms(kopa.latencyMs.p99)} ms`, `${ms(baseline.latencyMs.p99)} ms`, r.p99),
    line('server CPU', `${kopa.serverCpuPct.toFixed(1)} %`, `${baseline.serverCpuPct.toFixed(1)} %`, r.cpu),
    line('server RSS', `${kopa.serverRssPeakMb.toFixed(1)} MB`, `${baseline.serverRssPeakMb.toFixed(1)} MB`, r.rssPeak) + '  (peak)',
  ];
  if (!kopa.valid || !baseline.valid) out.push('  (at least one of these rows is INVALID: read the ratios with care)');
  return out.join('\n');
}

/** Writes bench/results/sync-<timestamp>.json and returns its path. */
export async function writeJson(
  startedAt: Date,
  options: BenchOptions,
  results: ScenarioResult[],
  ratio: Ratios | undefined,
): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = `${RESULTS_DIR}sync-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
  const machine = { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model };
  const body = { benchmark: 'sync', startedAt: startedAt.toISOString(), options, machine, results, kopaOverBaseline: ratio };
  await writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}
