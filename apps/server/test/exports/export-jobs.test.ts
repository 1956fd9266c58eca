import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportJob } from '@kopa/protocol';
import { makeTempDir, waitFor } from '@kopa/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../../src/db/open-database.js';
import { ExportError, type ExportEntry, type ExportFormat, type ExportProgress } from '../../src/exports/export-format.js';
import type { ExportNotifier } from '../../src/exports/export-events.js';
import { ExportJobRepository } from '../../src/exports/export-job-repository.js';
import { ExportJobs, fileStem } from '../../src/exports/export-jobs.js';
import { createLogger } from '../../src/logger.js';
import { readZip } from './backup-files.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The job machinery with formats of the test's own: any producer of entries plugs in (a static
 * website or Markdown later), runs in the background, reports progress, leaves a zip for a day.
 */
describe('export jobs', () => {
  let work: Awaited<ReturnType<typeof makeTempDir>>;
  let db: SqliteDatabase;
  let clock: number;
  let events: { kind: 'progress' | 'finished'; userId: string; job: ExportJob }[];
  const scope = { kind: 'partnership', partnershipId: 'p-1' } as const;
  const notifier: ExportNotifier = {
    progress: (userId, job) => events.push({ kind: 'progress', userId, job }),
    finished: (userId, job) => events.push({ kind: 'finished', userId, job }),
  };

  const format = (produce: (progress: ExportProgress) => AsyncIterable<ExportEntry>): ExportFormat => ({
    name: 'backup',
    scopes: ['partnership', 'space'],
    produce: (_scope, progress) => produce(progress),
  });
  const jobsWith = (formats: ExportFormat[]) =>
    new ExportJobs({
      repository: new ExportJobRepository(db),
      formats,
      notifier,
      dir: path.join(work.path, 'exports'),
      logger: createLogger('silent'),
      titleOf: () => 'Ūdens un mēs: Daugava',
      progressIntervalMs: 1000,
      now: () => clock,
    });
  const finished = (jobs: ExportJobs, id: string) =>
    waitFor(() => {
      const record = jobs.find(id);
      return record && record.status !== 'running' && events.some((event) => event.kind === 'finished' && event.job.id === id) ? record : null;
    });

  beforeEach(async () => {
    work = await makeTempDir('kopa-export-jobs-');
    db = openDatabase(path.join(work.path, 'kopa.db'), { synchronous: 'NORMAL' });
    db.prepare("INSERT INTO partnerships (id, title, created_at) VALUES ('p-1', 'Ūdens un mēs', 0)").run();
    db.prepare("INSERT INTO users (id, username, password_hash, display_name, created_at) VALUES ('u-1', 'ilze', 'x', 'Ilze', 0)").run();
    clock = Date.UTC(2026, 5, 1, 12);
    events = [];
  });
  afterEach(async () => {
    db.close();
    await work.remove();
  });

  it('zips what a format produces in the background, reports progress to its starter, and offers the file for a day', async () => {
    const jobs = jobsWith([
      format(async function* (progress) {
        progress.setTotal(3);
        for (const name of ['a.txt', 'b/c.txt', 'd.bin']) {
          yield { path: name, bytes: Buffer.from(`content of ${name}`), compress: name !== 'd.bin' };
          progress.advance();
        }
      }),
    ]);
    await jobs.open();
    const started = jobs.start(jobs.format('backup')!, scope, 'u-1');
    expect(started).toMatchObject({ status: 'running', done: 0, total: 0, downloadUrl: null });
    expect(jobs.hasRunning('u-1')).toBe(true);

    const record = await finished(jobs, started.id);
    expect(record).toMatchObject({ status: 'done', done: 3, total: 3, error: null, fileName: 'kopa-backup-udens-un-mes-daugava-2026-06-01.zip' });
    expect(jobs.hasRunning('u-1')).toBe(false);
    const zip = await readZip(await fs.readFile(jobs.filePath(started.id)));
    expect([...zip.keys()]).toEqual(['a.txt', 'b/c.txt', 'd.bin']);
    expect(zip.get('b/c.txt')!.toString()).toBe('content of b/c.txt');
    expect(record.size).toBe((await fs.stat(jobs.filePath(started.id))).size);

    // Progress at most once a second (the clock stands still here), but always when the total is known.
    const progress = events.filter((event) => event.kind === 'progress');
    expect(progress.length).toBe(1);
    expect(progress[0]!.job).toMatchObject({ total: 3, status: 'running' });
    expect(events.every((event) => event.userId === 'u-1')).toBe(true);
    expect(events.at(-1)!.job).toMatchObject({ status: 'done', downloadUrl: `/api/exports/${started.id}/download`, expiresAt: clock + DAY });
    expect(jobs.listFor('u-1', 'p-1').map((job) => job.id)).toEqual([started.id]);

    // A day later it is gone: not offered, and the sweep deletes the file and the row.
    clock += DAY;
    expect(jobs.isExpired(record)).toBe(true);
    expect(jobs.listFor('u-1', 'p-1')).toEqual([]);
    await jobs.sweep();
    expect(jobs.find(started.id)).toBeNull();
    await expect(fs.stat(jobs.filePath(started.id))).rejects.toMatchObject({ code: 'ENOENT' });
    await jobs.close();
  });

  it('a producer that fails fails the job with its sentence, and leaves no file behind', async () => {
    const jobs = jobsWith([
      format(async function* (progress) {
        progress.setTotal(2);
        yield { path: 'first.txt', bytes: Buffer.from('one') };
        throw new ExportError('A picture is missing from the files folder.');
      }),
    ]);
    await jobs.open();
    const started = jobs.start(jobs.format('backup')!, scope, 'u-1');
    expect(await finished(jobs, started.id)).toMatchObject({ status: 'failed', error: 'A picture is missing from the files folder.', fileName: null });
    expect(await fs.readdir(path.join(work.path, 'exports'))).toEqual([]);
    await jobs.close();
  });

  it('closing stops a running export; the next start marks interrupted jobs failed and removes stray files', async () => {
    const jobs = jobsWith([
      format(async function* (progress) {
        yield { path: 'first.txt', bytes: Buffer.from('one') };
        // Waits for ever, unless the server closes.
        await new Promise<void>((resolve) => progress.signal.addEventListener('abort', () => resolve()));
        progress.signal.throwIfAborted();
        yield { path: 'never.txt', bytes: Buffer.from('two') };
      }),
    ]);
    await jobs.open();
    const started = jobs.start(jobs.format('backup')!, scope, 'u-1');
    await waitFor(() => fs.readdir(path.join(work.path, 'exports')).then((files) => files.includes(`${started.id}.zip.part`)));
    await jobs.close();
    expect(jobs.find(started.id)).toMatchObject({ status: 'failed', error: 'The server stopped before the export was done: start it again.' });
    expect(await fs.readdir(path.join(work.path, 'exports'))).toEqual([]);

    // A job the process died in the middle of, and files nobody owns.
    const repository = new ExportJobRepository(db);
    repository.insert({ id: 'crashed', partnershipId: 'p-1', spaceId: null, format: 'backup', requestedBy: 'u-1', createdAt: clock });
    await fs.writeFile(path.join(work.path, 'exports', 'crashed.zip.part'), 'half');
    await fs.writeFile(path.join(work.path, 'exports', 'unknown.zip'), 'whose?');
    const next = jobsWith([]);
    await next.open();
    expect(next.find('crashed')).toMatchObject({ status: 'failed', error: 'The server stopped before the export was done: start it again.' });
    expect(await fs.readdir(path.join(work.path, 'exports'))).toEqual([]);
    await next.close();
  });

  it('names files in ASCII whatever the title', () => {
    const date = new Date(Date.UTC(2026, 0, 2));
    expect(fileStem('backup', 'Together in our diversity', date)).toBe('kopa-backup-together-in-our-diversity-2026-01-02');
    expect(fileStem('backup', 'Jānis un Ștefan — «мост»', date)).toBe('kopa-backup-janis-un-stefan-most-2026-01-02');
    expect(fileStem('backup', '!!!', date)).toBe('kopa-backup-export-2026-01-02');
  });
});
