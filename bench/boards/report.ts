import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import type { Measurement } from './board-page.js';
import { TWO_FRAMES_MS } from './frame-stats.js';
import type { BoardsBenchOptions } from './options.js';

export interface BoardInfo {
  size: number;
  counts: Record<string, number>;
  fillMs: number;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const pct = (share: number) => (Number.isFinite(share) ? `${(share * 100).toFixed(1)}%` : '–');

export function formatTable(measurements: readonly Measurement[]): string {
  const header = ['objects', 'gesture', 'CPU', 'drawn', 'frames', 'median ms', 'p95 ms', 'max ms', '>16.7 ms', '>33 ms', 'long tasks'];
  const rows = measurements.map(({ size, gesture, cpu, summary, result }) => [
    size.toLocaleString('en'),
    gesture,
    cpu === 1 ? '1×' : `${cpu}× slower`,
    String(result.rendered),
    String(summary.frames),
    ms(summary.median),
    ms(summary.p95),
    ms(summary.max),
    pct(summary.over16),
    pct(summary.over33),
    summary.longTasks === 0 ? '0' : `${summary.longTasks} (${summary.longTaskMs.toFixed(0)} ms)`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export interface Ratio {
  size: number;
  gesture: string;
  cpu: number;
  median: number;
  p95: number;
}

/** Each board's median and p95 frame time ÷ the empty board's, same gesture and CPU. */
export function ratios(measurements: readonly Measurement[]): Ratio[] {
  const baseline = (gesture: string, cpu: number) => measurements.find((m) => m.size === 0 && m.gesture === gesture && m.cpu === cpu);
  return measurements.flatMap((m) => {
    const base = m.size === 0 ? undefined : baseline(m.gesture, m.cpu);
    return base ? [{ size: m.size, gesture: m.gesture, cpu: m.cpu, median: m.summary.median / base.summary.median, p95: m.summary.p95 / base.summary.p95 }] : [];
  });
}

export function formatRatios(list: readonly Ratio[]): string {
  return list
    .map(({ size, gesture, cpu, median, p95 }) => `${size.toLocaleString('en')} objects ÷ empty board, ${gesture}, CPU ${cpu}×: median ${median.toFixed(2)}×, p95 ${p95.toFixed(2)}×`)
    .join('\n');
}

/** The target, read off the largest board at full CPU speed. */
export function verdict(measurements: readonly Measurement[]): string {
  const largest = Math.max(...measurements.map((m) => m.size));
  const rows = measurements.filter((m) => m.size === largest && m.cpu === 1);
  const rough = rows.filter((m) => m.summary.p95 > TWO_FRAMES_MS);
  const values = rows.map((m) => `${m.gesture} p95 ${ms(m.summary.p95)} ms`).join(', ');
  return rough.length === 0
    ? `${largest.toLocaleString('en')} objects, full CPU speed: smooth (${values}; p95 within two frames, ${ms(TWO_FRAMES_MS)} ms)`
    : `${largest.toLocaleString('en')} objects, full CPU speed: NOT smooth (${values}; p95 above two frames, ${ms(TWO_FRAMES_MS)} ms, in ${rough.map((m) => m.gesture).join(' and ')})`;
}

export function writeJson(
  file: string,
  report: { options: BoardsBenchOptions; chromium: string; boards: BoardInfo[]; measurements: readonly Measurement[]; loadBefore: number[] },
): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: totalmem() / 2 ** 30, node: process.version, loadBefore: report.loadBefore, loadAfter: loadavg() };
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        finishedAt: new Date().toISOString(),
        options: report.options,
        machine,
        chromium: report.chromium,
        boards: report.boards,
        rows: report.measurements.map(({ size, gesture, cpu, summary, result }) => ({ size, gesture, cpu, rendered: result.rendered, ...summary, intervals: result.intervals.map((value) => Math.round(value * 100) / 100), longTaskEntries: result.longTasks })),
        ratios: ratios(report.measurements),
        verdict: verdict(report.measurements),
      },
      null,
      2,
    )}\n`,
  );
}
