import type { ExportJob } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/api-client';
import { exportFraction, exportOffered, fileSizeUnit, formatsFor, isRunning, jobsFor, mergeExportJob, type ExportTarget } from './export-jobs';

const job = (id: string, overrides: Partial<ExportJob> = {}): ExportJob => ({
  id,
  partnershipId: 'p',
  format: 'backup',
  scope: 'partnership',
  spaceId: null,
  status: 'running',
  done: 0,
  total: 0,
  createdAt: 1000,
  finishedAt: null,
  expiresAt: null,
  size: null,
  fileName: null,
  downloadUrl: null,
  error: null,
  ...overrides,
});

describe('the export list as news arrives', () => {
  it('puts a new export first and replaces a known one', () => {
    const older = job('a', { status: 'done', createdAt: 1 });
    const started = mergeExportJob([older], job('b', { createdAt: 2 }));
    expect(started.map((each) => each.id)).toEqual(['b', 'a']);
    const progressed = mergeExportJob(started, job('b', { createdAt: 2, done: 5, total: 10 }));
    expect(progressed[0]).toMatchObject({ done: 5, total: 10 });
  });

  it('keeps a finished export finished, and never goes back in progress', () => {
    const done = [job('a', { status: 'done', done: 10, total: 10 })];
    expect(mergeExportJob(done, job('a', { done: 9, total: 10 }))[0]!.status).toBe('done');
    const running = [job('a', { done: 7, total: 10 })];
    expect(mergeExportJob(running, job('a', { done: 3, total: 10 }))[0]!.done).toBe(7);
    expect(mergeExportJob(running, job('a', { status: 'failed', error: 'x' }))[0]!.status).toBe('failed');
  });

  it('says how far it got once the steps are counted', () => {
    expect(exportFraction({ done: 0, total: 0 })).toBeNull();
    expect(exportFraction({ done: 5, total: 20 })).toBe(0.25);
    expect(exportFraction({ done: 30, total: 20 })).toBe(1);
    expect(isRunning([job('a', { status: 'done' }), job('b')])).toBe(true);
    expect(isRunning([job('a', { status: 'failed' })])).toBe(false);
  });

  it('says a file’s size in the unit that reads best', () => {
    expect(fileSizeUnit(120)).toEqual({ value: 1, unit: 'kilobyte' });
    expect(fileSizeUnit(420_000)).toEqual({ value: 420, unit: 'kilobyte' });
    expect(fileSizeUnit(12_300_000)).toEqual({ value: 12.3, unit: 'megabyte' });
    expect(fileSizeUnit(2_500_000_000)).toEqual({ value: 2.5, unit: 'gigabyte' });
  });
});

describe('what a panel exports', () => {
  const whole: ExportTarget = { kind: 'partnership' };
  const space: ExportTarget = { kind: 'space', spaceId: 's1' };
  const coordinator = [
    { name: 'backup' as const, scopes: ['partnership' as const] },
    { name: 'site' as const, scopes: ['partnership' as const, 'space' as const] },
  ];
  const teacher = [{ name: 'markdown' as const, scopes: ['space' as const] }];

  it('offers the formats the server allows for that scope', () => {
    expect(formatsFor(coordinator, whole).map((each) => each.name)).toEqual(['backup', 'site']);
    expect(formatsFor(coordinator, space).map((each) => each.name)).toEqual(['site']);
    expect(formatsFor(teacher, whole)).toEqual([]);
  });

  it('lists the exports of that scope only', () => {
    const jobs = [job('a'), job('b', { scope: 'space', spaceId: 's1' }), job('c', { scope: 'space', spaceId: 's2' })];
    expect(jobsFor(jobs, whole).map((each) => each.id)).toEqual(['a']);
    expect(jobsFor(jobs, space).map((each) => each.id)).toEqual(['b']);
  });

  it('offers exporting a space once the server says so, and stops on a refusal but not on a lost connection', () => {
    expect(exportOffered(false, { status: 'loading' }, space)).toBe(false);
    expect(exportOffered(false, { status: 'ready', formats: teacher, jobs: [] }, space)).toBe(true);
    expect(exportOffered(false, { status: 'ready', formats: teacher, jobs: [] }, whole)).toBe(false);
    const refused = new ApiRequestError(403, 'forbidden', 'No');
    expect(exportOffered(false, { status: 'failed', error: refused }, space)).toBe(false);
    expect(exportOffered(true, { status: 'failed', error: refused }, space)).toBe(false);
    const offline = new ApiRequestError(0, 'network', 'The server cannot be reached.');
    expect(exportOffered(true, { status: 'failed', error: offline }, space)).toBe(true);
    expect(exportOffered(false, { status: 'failed', error: offline }, space)).toBe(false);
  });
});
