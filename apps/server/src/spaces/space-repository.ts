import type { ItemType, SpaceKind } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

export interface SpaceRecord {
  id: string;
  partnershipId: string;
  kind: SpaceKind;
  teamId: string | null;
  title: string;
  /** The space, or its whole partnership, is archived (read-only). */
  archived: boolean;
}

export interface ItemRecord {
  id: string;
  spaceId: string;
  type: ItemType;
  title: string;
  docId: string;
}

interface SpaceRow {
  id: string;
  partnership_id: string;
  kind: SpaceKind;
  team_id: string | null;
  title: string;
  archived: number;
}

interface ItemRow {
  id: string;
  space_id: string;
  type: ItemType;
  title: string;
  doc_id: string;
}

const SPACE_COLUMNS = `s.id, s.partnership_id, s.kind, s.team_id, s.title,
  (s.archived_at IS NOT NULL OR p.state = 'archived') AS archived`;

export class SpaceRepository {
  private readonly spacesOfPartnership;
  private readonly spaceById;
  private readonly itemsOfSpace;
  private readonly itemByDocId;
  private readonly itemById;
  private readonly insertSpaceStatement;
  private readonly insertItemStatement;
  private readonly nextItemPosition;

  constructor(db: SqliteDatabase) {
    this.spacesOfPartnership = db.prepare<[string], SpaceRow>(
      `SELECT ${SPACE_COLUMNS} FROM spaces s JOIN partnerships p ON p.id = s.partnership_id
       WHERE s.partnership_id = ? ORDER BY s.position, s.title`,
    );
    this.spaceById = db.prepare<[string], SpaceRow>(
      `SELECT ${SPACE_COLUMNS} FROM spaces s JOIN partnerships p ON p.id = s.partnership_id WHERE s.id = ?`,
    );
    this.itemsOfSpace = db.prepare<[string], ItemRow>(
      `SELECT id, space_id, type, title, doc_id FROM items
       WHERE space_id = ? AND deleted_at IS NULL ORDER BY position, created_at`,
    );
    this.itemByDocId = db.prepare<[string], ItemRow>(
      'SELECT id, space_id, type, title, doc_id FROM items WHERE doc_id = ? AND deleted_at IS NULL',
    );
    this.itemById = db.prepare<[string], ItemRow>(
      'SELECT id, space_id, type, title, doc_id FROM items WHERE id = ? AND deleted_at IS NULL',
    );
    this.insertSpaceStatement = db.prepare(
      `INSERT INTO spaces (id, partnership_id, kind, team_id, title, position)
       VALUES (@id, @partnershipId, @kind, @teamId, @title, @position)`,
    );
    this.insertItemStatement = db.prepare(
      `INSERT INTO items (id, space_id, type, title, doc_id, position, created_by, created_at)
       VALUES (@id, @spaceId, @type, @title, @docId, @position, @createdBy, @createdAt)`,
    );
    this.nextItemPosition = db.prepare<[string], { next: number }>(
      'SELECT COALESCE(MAX(position), -1) + 1 AS next FROM items WHERE space_id = ?',
    );
  }

  spacesOf(partnershipId: string): SpaceRecord[] {
    return this.spacesOfPartnership.all(partnershipId).map(toSpace);
  }

  findSpace(spaceId: string): SpaceRecord | null {
    const row = this.spaceById.get(spaceId);
    return row ? toSpace(row) : null;
  }

  itemsOf(spaceId: string): ItemRecord[] {
    return this.itemsOfSpace.all(spaceId).map(toItem);
  }

  findItemByDocId(docId: string): ItemRecord | null {
    const row = this.itemByDocId.get(docId);
    return row ? toItem(row) : null;
  }

  findItem(itemId: string): ItemRecord | null {
    const row = this.itemById.get(itemId);
    return row ? toItem(row) : null;
  }

  insertSpace(space: Omit<SpaceRecord, 'archived'>, position = 0): void {
    this.insertSpaceStatement.run({ ...space, position });
  }

  insertItem(item: ItemRecord, createdBy: string | null): void {
    const position = this.nextItemPosition.get(item.spaceId)?.next ?? 0;
    this.insertItemStatement.run({ ...item, position, createdBy, createdAt: Date.now() });
  }
}

function toSpace(row: SpaceRow): SpaceRecord {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    kind: row.kind,
    teamId: row.team_id,
    title: row.title,
    archived: row.archived === 1,
  };
}

function toItem(row: ItemRow): ItemRecord {
  return { id: row.id, spaceId: row.space_id, type: row.type, title: row.title, docId: row.doc_id };
}
