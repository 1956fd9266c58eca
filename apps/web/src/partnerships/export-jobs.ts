import type { ExportJob } from '@kopa/protocol';

/**
 * The list of one's exports as news arrives (the REST answer, `export:progress`, `export:finished`),
 * newest first. A job that is done or failed stays so: late news of it running is old news.
 */
export function mergeExportJob(jobs: readonly ExportJob[], job: ExportJob): ExportJob[] {
  const known = jobs.find((existing) => existing.id === job.id);
  if (!known) return [job, ...jobs].sort((a, b) => b.createdAt - a.createdAt);
  if (known.status !== 'running' && job.status === 'running') return [...jobs];
  if (known.status === 'running' && job.status === 'running' && job.done < known.done) return [...jobs];
  return jobs.map((existing) => (existing.id === job.id ? job : existing));
}

/** How far a running export got, from 0 to 1; null while its steps are not counted yet. */
export function exportFraction(job: Pick<ExportJob, 'done' | 'total'>): number | null {
  if (job.total <= 0) return null;
  return Math.min(1, Math.max(0, job.done / job.total));
}

export const isRunning = (jobs: readonly ExportJob[]): boolean => jobs.some((job) => job.status === 'running');

/** A file's size in the unit that reads best (for Intl's unit formatting): 0.4 MB reads as 400 kB. */
export function fileSizeUnit(bytes: number): { value: number; unit: 'kilobyte' | 'megabyte' | 'gigabyte' } {
  if (bytes >= 1e9) return { value: bytes / 1e9, unit: 'gigabyte' };
  if (bytes >= 1e6) return { value: bytes / 1e6, unit: 'megabyte' };
  return { value: Math.max(1, Math.round(bytes / 1e3)), unit: 'kilobyte' };
}
