import type { ExportFormatName, ExportScopeKind, ExportStatus } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

export interface ExportJobRecord {
  id: string;
  partnershipId: string;
  spaceId: string | null;
  format: ExportFormatName;
  requestedBy: string;
  status: ExportStatus;
  done: number;
  total: number;
  error: string | null;
  fileName: string | null;
  size: number | null;
  createdAt: number;
  finishedAt: number | null;
  expiresAt: number | null;
}

interface Row {
  id: string;
  partnership_id: string;
  space_id: string | null;
  format: string;
  requested_by: string;
  status: ExportStatus;
  done: number;
  total: number;
  error: string | null;
  file_name: string | null;
  size: number | null;
  created_at: number;
  finished_at: number | null;
  expires_at: number | null;
}

const toRecord = (row: Row): ExportJobRecord => ({
  id: row.id,
  partnershipId: row.partnership_id,
  spaceId: row.space_id,
  format: row.format as ExportFormatName,
  requestedBy: row.requested_by,
  status: row.status,
  done: row.done,
  total: row.total,
  error: row.error,
  fileName: row.file_name,
  size: row.size,
  createdAt: row.created_at,
  finishedAt: row.finished_at,
  expiresAt: row.expires_at,
});

export const scopeKindOf = (job: Pick<ExportJobRecord, 'spaceId'>): ExportScopeKind => (job.spaceId ? 'space' : 'partnership');

/** The `export_jobs` table: who started which export, how far it got, and its file until it expires. */
export class ExportJobRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO export_jobs (id, partnership_id, space_id, format, requested_by, status, created_at)
         VALUES (@id, @partnershipId, @spaceId, @format, @requestedBy, 'running', @createdAt)`,
      ),
      byId: db.prepare<[string], Row>('SELECT * FROM export_jobs WHERE id = ?'),
      ofRequester: db.prepare<[string, string, number], Row>(
        `SELECT * FROM export_jobs WHERE requested_by = ? AND partnership_id = ? AND (expires_at IS NULL OR expires_at > ?)
         ORDER BY created_at DESC, id LIMIT 20`,
      ),
      runningOf: db.prepare<[string], Row>("SELECT * FROM export_jobs WHERE requested_by = ? AND status = 'running'"),
      progress: db.prepare<[number, number, string]>("UPDATE export_jobs SET done = ?, total = ? WHERE id = ? AND status = 'running'"),
      finish: db.prepare(
        `UPDATE export_jobs SET status = 'done', done = @done, total = @total, file_name = @fileName, size = @size,
         finished_at = @finishedAt, expires_at = @expiresAt WHERE id = @id`,
      ),
      fail: db.prepare<[string, number, number, string]>(
        "UPDATE export_jobs SET status = 'failed', error = ?, finished_at = ?, expires_at = ? WHERE id = ?",
      ),
      interrupted: db.prepare<[], Row>("SELECT * FROM export_jobs WHERE status = 'running'"),
      expired: db.prepare<[number], Row>('SELECT * FROM export_jobs WHERE expires_at IS NOT NULL AND expires_at <= ?'),
      remove: db.prepare<[string]>('DELETE FROM export_jobs WHERE id = ?'),
      doneIds: db.prepare<[], { id: string }>("SELECT id FROM export_jobs WHERE status = 'done'"),
    };
  }

  insert(job: { id: string; partnershipId: string; spaceId: string | null; format: ExportFormatName; requestedBy: string; createdAt: number }): void {
    this.statements.insert.run(job);
  }

  find(id: string): ExportJobRecord | null {
    const row = this.statements.byId.get(id);
    return row ? toRecord(row) : null;
  }

  /** Someone's exports in a partnership that have not expired, newest first. */
  ofRequester(userId: string, partnershipId: string, now: number): ExportJobRecord[] {
    return this.statements.ofRequester.all(userId, partnershipId, now).map(toRecord);
  }

  runningOf(userId: string): ExportJobRecord[] {
    return this.statements.runningOf.all(userId).map(toRecord);
  }

  saveProgress(id: string, done: number, total: number): void {
    this.statements.progress.run(done, total, id);
  }

  finish(id: string, result: { done: number; total: number; fileName: string; size: number; finishedAt: number; expiresAt: number }): void {
    this.statements.finish.run({ id, ...result });
  }

  fail(id: string, error: string, finishedAt: number, expiresAt: number): void {
    this.statements.fail.run(error, finishedAt, expiresAt, id);
  }

  /** Jobs marked running: after a restart, none of them is. */
  running(): ExportJobRecord[] {
    return this.statements.interrupted.all().map(toRecord);
  }

  expired(now: number): ExportJobRecord[] {
    return this.statements.expired.all(now).map(toRecord);
  }

  remove(id: string): void {
    this.statements.remove.run(id);
  }

  /** The jobs whose file should exist. */
  doneIds(): Set<string> {
    return new Set(this.statements.doneIds.all().map((row) => row.id));
  }
}
