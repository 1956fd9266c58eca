import { randomUUID } from 'node:crypto';
import type { VersionKind, VersionSummary } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';
import type { CreditDirectory } from '../directory/credit-directory.js';

export interface NewVersion {
  itemId: string;
  kind: VersionKind;
  /** The whole Yjs state of the item's document (Y.encodeStateAsUpdate). */
  state: Uint8Array;
  createdBy: string | null;
  name?: string;
  /** The version a `restored` one brought back. */
  sourceVersionId?: string;
}

export interface StoredVersion extends VersionSummary {
  itemId: string;
  state: Uint8Array;
}

interface VersionRow {
  id: string;
  item_id: string;
  kind: VersionKind;
  name: string;
  created_by: string | null;
  created_at: number;
  source_version_id: string | null;
}

/** Versions of an item's content: whole Yjs states, kept automatically or named by people. */
export class VersionRepository {
  private readonly statements;

  constructor(
    db: SqliteDatabase,
    private readonly credits: CreditDirectory,
  ) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO item_versions (id, item_id, kind, name, state, created_by, created_at, source_version_id)
         VALUES (@id, @itemId, @kind, @name, @state, @createdBy, @createdAt, @sourceVersionId)`,
      ),
      list: db.prepare<[string], VersionRow>(
        `SELECT id, item_id, kind, name, created_by, created_at, source_version_id FROM item_versions
         WHERE item_id = ? ORDER BY created_at DESC, rowid DESC`,
      ),
      find: db.prepare<[string, string], VersionRow & { state: Buffer }>(
        `SELECT id, item_id, kind, name, state, created_by, created_at, source_version_id FROM item_versions WHERE id = ? AND item_id = ?`,
      ),
      latest: db.prepare<[string], VersionRow>(
        `SELECT id, item_id, kind, name, created_by, created_at, source_version_id FROM item_versions
         WHERE item_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      ),
      rename: db.prepare<[string, string, string]>(`UPDATE item_versions SET name = ? WHERE id = ? AND item_id = ?`),
    };
  }

  save(version: NewVersion): VersionSummary {
    const row: VersionRow = {
      id: randomUUID(),
      item_id: version.itemId,
      kind: version.kind,
      name: version.name ?? '',
      created_by: version.createdBy,
      created_at: Date.now(),
      source_version_id: version.sourceVersionId ?? null,
    };
    this.statements.insert.run({
      id: row.id,
      itemId: row.item_id,
      kind: row.kind,
      name: row.name,
      state: version.state,
      createdBy: row.created_by,
      createdAt: row.created_at,
      sourceVersionId: row.source_version_id,
    });
    return this.toSummary(row);
  }

  /** Newest first. */
  list(itemId: string): VersionSummary[] {
    return this.statements.list.all(itemId).map((row) => this.toSummary(row));
  }

  latest(itemId: string): VersionSummary | null {
    const row = this.statements.latest.get(itemId);
    return row ? this.toSummary(row) : null;
  }

  /** A version of this item (null for another item's version id). */
  find(itemId: string, versionId: string): StoredVersion | null {
    const row = this.statements.find.get(versionId, itemId);
    return row ? { ...this.toSummary(row), itemId: row.item_id, state: new Uint8Array(row.state) } : null;
  }

  rename(itemId: string, versionId: string, name: string): VersionSummary | null {
    this.statements.rename.run(name, versionId, itemId);
    const row = this.statements.find.get(versionId, itemId);
    return row ? this.toSummary(row) : null;
  }

  private toSummary(row: VersionRow): VersionSummary {
    const summary: VersionSummary = { id: row.id, kind: row.kind, name: row.name, createdAt: row.created_at, createdBy: this.credits.credit(row.created_by) };
    if (row.source_version_id !== null) summary.sourceVersionId = row.source_version_id;
    return summary;
  }
}
