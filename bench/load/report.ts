import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import type { BundleReport, ChunkInfo } from './bundle.js';
import type { LoadTiming } from './page-load.js';
import { summarize, type Summary } from './stats.js';
import type { KeystrokeResult } from './typing.js';

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '–');
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');

/** A table with the first `left` columns left-aligned, the rest right-aligned. */
export function table(header: string[], rows: string[][], left = 1): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < left ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const name = (file: string) => path.basename(file);
const contains = (chunk: ChunkInfo) => (chunk.contains.length > 0 ? chunk.contains.join(', ') : '');

/** One row per chunk; chunks under `smallGzip` bytes gzipped (single icons, helpers) share one row. */
export function formatChunks(title: string, chunks: readonly ChunkInfo[], smallGzip = 0): string {
  const sum = (list: readonly ChunkInfo[]) => list.reduce((total, chunk) => ({ raw: total.raw + chunk.raw, gzip: total.gzip + chunk.gzip }), { raw: 0, gzip: 0 });
  const small = chunks.filter((chunk) => chunk.gzip < smallGzip);
  const rows = chunks.filter((chunk) => chunk.gzip >= smallGzip).map((chunk) => [name(chunk.file), kB(chunk.raw), kB(chunk.gzip), contains(chunk)]);
  if (small.length > 0) rows.push([`${small.length} chunks under ${kB(smallGzip)} gzip`, kB(sum(small).raw), kB(sum(small).gzip), '']);
  const total = sum(chunks);
  rows.push(['total', kB(total.raw), kB(total.gzip), '']);
  return `${title}\n${table(['file', 'raw', 'gzip', 'contains'], rows)}`;
}

export function formatLazyRoutes(bundle: BundleReport): string {
  const rows = bundle.lazyRoutes.map((route) => [
    route.src.replace(/^src\//, ''),
    String(route.chunks.length),
    kB(route.raw),
    kB(route.gzip),
    [...new Set(route.chunks.flatMap((chunk) => chunk.contains))].join(', '),
  ]);
  return `Lazily loaded pages: what each needs beyond the JS every page loads\n${table(['page', 'chunks', 'raw', 'gzip', 'contains'], rows)}`;
}

export interface TimingRow {
  label: string;
  target?: number;
  metric: Summary;
  fcp: Summary;
}

export function formatTimings(rows: readonly TimingRow[]): string {
  return table(
    ['page', 'metric', 'median', 'min', 'max', 'target', 'FCP median'],
    rows.map(({ label, target, metric, fcp }) => [
      label.split(': ')[0]!,
      label.split(': ')[1] ?? '',
      s(metric.median),
      s(metric.min),
      s(metric.max),
      target === undefined ? '' : `≤ ${s(target)} ${metric.median <= target ? 'PASS' : 'FAIL'}`,
      s(fcp.median),
    ]),
    2,
  );
}

/** One row per page typed into; the first is the target's. */
export function formatTyping(results: readonly KeystrokeResult[], target: number): string {
  const rows = results.map((result, index) => {
    const work = summarize(result.work);
    const frame = summarize(result.toNextFrame);
    const slow = result.events.filter((entry) => entry.name === 'keydown').length;
    return [
      result.label,
      String(work.n),
      ms(work.median),
      ms(work.p95),
      ms(work.max),
      ms(frame.median),
      ms(frame.p95),
      `${slow}/${result.toNextFrame.length}`,
      index === 0 ? `< ${target} ms: median ${work.median < target ? 'PASS' : 'FAIL'}, p95 ${work.p95 < target ? 'PASS' : 'FAIL'}` : '',
    ];
  });
  return table(['typing into', 'keys', 'work median', 'work p95', 'work max', 'frame median', 'frame p95', 'ET ≥ 16 ms', 'target (work)'], rows);
}

export function writeJson(file: string, report: Record<string, unknown> & { loadBefore: number[] }): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: totalmem() / 2 ** 30, node: process.version, loadBefore: report.loadBefore, loadAfter: loadavg() };
  writeFileSync(file, `${JSON.stringify({ finishedAt: new Date().toISOString(), machine, ...report }, null, 2)}\n`);
}

export type { LoadTiming };
