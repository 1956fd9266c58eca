import type { ExportJob } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { exportFraction, fileSizeUnit, isRunning, mergeExportJob } from './export-jobs';

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
