import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import transliterate from '@sindresorhus/transliterate';
import type { ExportFormatName, ExportJob } from '@kopa/protocol';
import type { Logger } from '../logger.js';
import { ExportError, type ExportFormat, type ExportOptions, type ExportProgress, type ExportScope } from './export-format.js';
import { scopeKindOf, type ExportJobRecord, type ExportJobRepository } from './export-job-repository.js';
import type { ExportNotifier } from './export-events.js';
import { writeZip } from './zip-writer.js';

const HOUR_MS = 60 * 60 * 1000;

export interface ExportJobsOptions {
  repository: ExportJobRepository;
  formats: readonly ExportFormat[];
  notifier: ExportNotifier;
  /** Where finished exports wait to be downloaded: `<data>/exports`. */
  dir: string;
  logger: Logger;
  /** The partnership's or space's title, for the file's name. */
  titleOf(scope: ExportScope): string;
  /** How long a finished export stays downloadable (default a day). */
  lifetimeMs?: number;
  /** Progress goes out at most this often (default 250 ms). */
  progressIntervalMs?: number;
  now?: () => number;
}

interface RunningJob {
  abort: AbortController;
  finished: Promise<void>;
  done: number;
  total: number;
}

/**
 * Export jobs: each runs in the background in this process (the producer yields between
 * entries), tells the person who started it how far it got, and leaves a zip in
 * `<data>/exports/<id>.zip` for a day. Jobs a restart interrupted are marked failed.
 */
export class ExportJobs {
  private readonly running = new Map<string, RunningJob>();
  private readonly lifetimeMs: number;
  private readonly progressIntervalMs: number;
  private readonly now: () => number;
  private sweepTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: ExportJobsOptions) {
    this.lifetimeMs = options.lifetimeMs ?? 24 * HOUR_MS;
    this.progressIntervalMs = options.progressIntervalMs ?? 250;
    this.now = options.now ?? Date.now;
  }

  get formats(): readonly ExportFormat[] {
    return this.options.formats;
  }

  format(name: ExportFormatName): ExportFormat | undefined {
    return this.options.formats.find((format) => format.name === name);
  }

  /** After a start: interrupted jobs failed, leftover files gone; then an hourly sweep of expired ones. */
  async open(): Promise<void> {
    const now = this.now();
    for (const job of this.options.repository.running()) {
      this.options.repository.fail(job.id, 'The server stopped before the export was done: start it again.', now, now + this.lifetimeMs);
    }
    const keep = this.options.repository.doneIds();
    const files = await fs.readdir(this.options.dir).catch(() => [] as string[]);
    for (const file of files) {
      const id = file.endsWith('.zip') ? file.slice(0, -'.zip'.length) : null;
      if (id === null || !keep.has(id)) await fs.rm(path.join(this.options.dir, file), { force: true, recursive: true });
    }
    await this.sweep();
    this.sweepTimer = setInterval(() => void this.sweep().catch((error: unknown) => this.options.logger.error({ err: error }, 'export sweep failed')), HOUR_MS);
    this.sweepTimer.unref();
  }

  hasRunning(userId: string): boolean {
    return this.options.repository.runningOf(userId).length > 0;
  }

  /** Starts an export in the background and returns it as it is now (running). */
  start(format: ExportFormat, scope: ExportScope, requestedBy: string, options: ExportOptions = { locale: 'en' }): ExportJob {
    if (this.closed) throw new ExportError('The server is stopping: start the export again in a moment.');
    const id = randomUUID();
    const createdAt = this.now();
    this.options.repository.insert({
      id,
      partnershipId: scope.partnershipId,
      spaceId: scope.kind === 'space' ? scope.spaceId : null,
      format: format.name,
      requestedBy,
      createdAt,
    });
    const job: RunningJob = { abort: new AbortController(), finished: Promise.resolve(), done: 0, total: 0 };
    this.running.set(id, job);
    job.finished = this.run(id, format, scope, options, requestedBy, createdAt, job).finally(() => this.running.delete(id));
    return this.describe(this.options.repository.find(id)!);
  }

  find(id: string): ExportJobRecord | null {
    return this.options.repository.find(id);
  }

  /** Someone's recent exports in a partnership, newest first. */
  listFor(userId: string, partnershipId: string): ExportJob[] {
    return this.options.repository.ofRequester(userId, partnershipId, this.now()).map((record) => this.describe(record));
  }

  isExpired(record: ExportJobRecord): boolean {
    return record.expiresAt !== null && record.expiresAt <= this.now();
  }

  filePath(id: string): string {
    return path.join(this.options.dir, `${id}.zip`);
  }

  describe(record: ExportJobRecord): ExportJob {
    const live = this.running.get(record.id);
    const done = record.status === 'done';
    return {
      id: record.id,
      partnershipId: record.partnershipId,
      format: record.format,
      scope: scopeKindOf(record),
      spaceId: record.spaceId,
      status: record.status,
      done: live?.done ?? record.done,
      total: live?.total ?? record.total,
      createdAt: record.createdAt,
      finishedAt: record.finishedAt,
      expiresAt: record.expiresAt,
      size: record.size,
      fileName: record.fileName,
      downloadUrl: done ? `/api/exports/${encodeURIComponent(record.id)}/download` : null,
      error: record.error,
    };
  }

  /** Deletes exports (files and rows) whose day is over. */
  async sweep(): Promise<void> {
    for (const job of this.options.repository.expired(this.now())) {
      if (this.running.has(job.id)) continue;
      await fs.rm(this.filePath(job.id), { force: true });
      this.options.repository.remove(job.id);
    }
  }

  /** Stops running exports (they fail, their partial files go) and the sweep. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweepTimer);
    for (const job of this.running.values()) job.abort.abort();
    await Promise.all([...this.running.values()].map((job) => job.finished));
  }

  private async run(id: string, format: ExportFormat, scope: ExportScope, options: ExportOptions, userId: string, createdAt: number, job: RunningJob): Promise<void> {
    const { repository, notifier, logger } = this.options;
    const partial = path.join(this.options.dir, `${id}.zip.part`);
    let lastSent = 0;
    let trailing: NodeJS.Timeout | undefined;
    const send = () => {
      clearTimeout(trailing);
      trailing = undefined;
      lastSent = this.now();
      repository.saveProgress(id, job.done, job.total);
      const record = repository.find(id);
      if (record?.status === 'running') notifier.progress(userId, this.describe(record));
    };
    // At most one message per interval, and the latest count always goes out (a long step shows where it is).
    const report = (force: boolean) => {
      const wait = this.progressIntervalMs - (this.now() - lastSent);
      if (force || wait <= 0) send();
      else trailing ??= setTimeout(send, wait);
    };
    const progress: ExportProgress = {
      signal: job.abort.signal,
      setTotal(total) {
        job.total = total;
        report(true);
      },
      advance(steps = 1) {
        job.done += steps;
        report(false);
      },
    };

    try {
      // Started from a request: the answer (the job, running) goes out before any work.
      await new Promise((resolve) => setImmediate(resolve));
      await fs.mkdir(this.options.dir, { recursive: true });
      const size = await writeZip(partial, format.produce(scope, progress, options), { signal: job.abort.signal, mtime: new Date(createdAt) });
      await fs.rename(partial, this.filePath(id));
      const finishedAt = this.now();
      repository.finish(id, {
        done: job.done,
        total: Math.max(job.total, job.done),
        fileName: `${fileStem(format.name, this.options.titleOf(scope), new Date(createdAt))}.zip`,
        size,
        finishedAt,
        expiresAt: finishedAt + this.lifetimeMs,
      });
      logger.info({ exportId: id, format: format.name, partnershipId: scope.partnershipId, bytes: size }, 'export done');
    } catch (error) {
      await fs.rm(partial, { force: true });
      const message = job.abort.signal.aborted
        ? 'The server stopped before the export was done: start it again.'
        : error instanceof ExportError
          ? error.message
          : 'The export failed because of a problem on the server: try again, and tell the administrator if it fails again.';
      if (!job.abort.signal.aborted) logger.error({ err: error, exportId: id, format: format.name }, 'export failed');
      const finishedAt = this.now();
      repository.fail(id, message, finishedAt, finishedAt + this.lifetimeMs);
    }
    clearTimeout(trailing);
    const record = repository.find(id);
    if (record) notifier.finished(userId, this.describe(record));
  }
}

/** `kopa-backup-together-in-our-diversity-2026-06-01`: ASCII, whatever the title's alphabet. */
export function fileStem(format: ExportFormatName, title: string, date: Date): string {
  const slug = transliterate(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `kopa-${format}-${slug || 'export'}-${date.toISOString().slice(0, 10)}`;
}
