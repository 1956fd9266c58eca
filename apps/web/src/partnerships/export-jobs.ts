import type { ExportFormatInfo, ExportJob } from '@kopa/protocol';
import { ApiRequestError } from '../api/api-client';
import type { ExportsState } from './use-exports';

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

/** What a panel exports: the whole partnership, or one of its spaces. */
export type ExportTarget = { kind: 'partnership' } | { kind: 'space'; spaceId: string };

/** The formats the server lets the user start for this target (its answer says which scopes each covers for them). */
export const formatsFor = (formats: readonly ExportFormatInfo[], target: ExportTarget): ExportFormatInfo[] =>
  formats.filter((format) => format.scopes.includes(target.kind));

/** The user's exports of this target: the partnership's own, or this one space's. */
export const jobsFor = (jobs: readonly ExportJob[], target: ExportTarget): ExportJob[] =>
  jobs.filter((job) => (target.kind === 'space' ? job.scope === 'space' && job.spaceId === target.spaceId : job.scope === 'partnership'));

/**
 * Whether to offer exporting this target, as the list of exports comes and goes: when the server's answer has a format
 * for it. A refusal (403 to pupils and guests) hides the offer; a passing failure of a later reload (no network) keeps
 * it, and the panel shows the failure with its retry.
 */
export function exportOffered(wasOffered: boolean, state: ExportsState, target: ExportTarget): boolean {
  if (state.status === 'ready') return formatsFor(state.formats, target).length > 0;
  if (state.status === 'failed') return wasOffered && state.error instanceof ApiRequestError && state.error.passing;
  return wasOffered;
}
