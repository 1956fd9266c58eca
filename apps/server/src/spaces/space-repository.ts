import type { ItemType, LiveLockRule, SpaceKind } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

export interface SpaceRecord {
  id: string;
  partnershipId: string;
  kind: SpaceKind;
  teamId: string | null;
  mobilityId: string | null;
  title: string;
  /** The space, or its whole partnership, is archived (read-only). */
  archived: boolean;
  /** Locks of running live sessions on all of this space (one on the partnership's space covers every space). */
  liveLocks?: LiveLockRule[];
}

export interface ItemRecord {
  id: string;
  spaceId: string;
  type: ItemType;
  title: string;
  docId: string;
  archived: boolean;
  /** Locked by a teacher: only staff change it. */
  locked: boolean;
  deleted: boolean;
  /** The language it is written in (BCP 47; '' when not said). A post's comes from its post row. */
  language?: string;
  /** Locks of running live sessions on this item alone (those on its whole space come with the space). */
  liveLocks?: LiveLockRule[];
}

interface SpaceRow {
  id: string;
  partnership_id: string;
  kind: SpaceKind;
  team_id: string | null;
  mobility_id: string | null;
  title: string;
  archived: number;
  live_locks: string;
}

interface ItemRow {
  id: string;
  space_id: string;
  type: ItemType;
  title: string;
  doc_id: string;
  archived_at: number | null;
  locked_at: number | null;
  deleted_at: number | null;
  language: string | null;
  live_locks: string;
}

// A live lock is read with the space or item it covers, so every permission check sees it without asking elsewhere.
const LOCK_JSON = "json_group_array(json_object('scope', l.scope, 'targetId', l.target_id, 'itemId', l.item_id))";
const SPACE_COLUMNS = `s.id, s.partnership_id, s.kind, s.team_id, s.mobility_id, s.title,
  (s.archived_at IS NOT NULL OR p.state = 'archived') AS archived,
  (SELECT ${LOCK_JSON} FROM live_locks l JOIN live_sessions ls ON ls.id = l.session_id JOIN spaces ss ON ss.id = ls.space_id
    WHERE ls.ended_at IS NULL AND l.item_id IS NULL AND ls.partnership_id = s.partnership_id
      AND (ls.space_id = s.id OR ss.kind = 'partnership')) AS live_locks`;
const SPACE_FROM = 'spaces s JOIN partnerships p ON p.id = s.partnership_id';
const ITEM_COLUMNS = `id, space_id, type, title, doc_id, archived_at, locked_at, deleted_at,
  CASE WHEN type = 'post' THEN (SELECT p.language FROM posts p WHERE p.item_id = items.id) ELSE language END AS language,
  (SELECT ${LOCK_JSON} FROM live_locks l JOIN live_sessions ls ON ls.id = l.session_id
    WHERE ls.ended_at IS NULL AND l.item_id = items.id) AS live_locks`;
const KIND_ORDER = "CASE s.kind WHEN 'partnership' THEN 0 WHEN 'mobility' THEN 1 ELSE 2 END";

/** Spaces and the items in them. Deleting an item only marks it: teachers can restore it. */
export class SpaceRepository {
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      spacesOf: db.prepare<[string], SpaceRow>(
        `SELECT ${SPACE_COLUMNS} FROM ${SPACE_FROM} WHERE s.partnership_id = ? ORDER BY ${KIND_ORDER}, s.position, s.title`,
      ),
      spaceById: db.prepare<[string], SpaceRow>(`SELECT ${SPACE_COLUMNS} FROM ${SPACE_FROM} WHERE s.id = ?`),
      itemsOf: db.prepare<[string], ItemRow>(
        `SELECT ${ITEM_COLUMNS} FROM items WHERE space_id = ? AND deleted_at IS NULL ORDER BY position, created_at`,
      ),
      deletedItemsOf: db.prepare<[string], ItemRow>(
        `SELECT ${ITEM_COLUMNS} FROM items WHERE space_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
      ),
      itemByDocId: db.prepare<[string], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM items WHERE doc_id = ? AND deleted_at IS NULL`),
      itemById: db.prepare<[string], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM items WHERE id = ?`),
      insertSpace: db.prepare(
        `INSERT INTO spaces (id, partnership_id, kind, team_id, mobility_id, title, position)
         VALUES (@id, @partnershipId, @kind, @teamId, @mobilityId, @title, @position)`,
      ),
      renameSpace: db.prepare<[string, string]>('UPDATE spaces SET title = ? WHERE id = ?'),
      archiveSpace: db.prepare<[number | null, string]>('UPDATE spaces SET archived_at = ? WHERE id = ?'),
      insertItem: db.prepare(
        `INSERT INTO items (id, space_id, type, title, doc_id, position, created_by, created_at)
         VALUES (@id, @spaceId, @type, @title, @docId, @position, @createdBy, @createdAt)`,
      ),
      nextPosition: db.prepare<[string], { next: number }>(
        'SELECT COALESCE(MAX(position), -1) + 1 AS next FROM items WHERE space_id = ?',
      ),
      renameItem: db.prepare<[string, string]>('UPDATE items SET title = ? WHERE id = ?'),
      archiveItem: db.prepare<[number | null, string]>('UPDATE items SET archived_at = ? WHERE id = ?'),
      lockItem: db.prepare<[number | null, string | null, string]>('UPDATE items SET locked_at = ?, locked_by = ? WHERE id = ?'),
      deleteItem: db.prepare<[number, string, string]>('UPDATE items SET deleted_at = ?, deleted_by = ? WHERE id = ?'),
      restoreItem: db.prepare<[string]>('UPDATE items SET deleted_at = NULL, deleted_by = NULL WHERE id = ?'),
      placeItem: db.prepare<[number, string, string]>('UPDATE items SET position = ? WHERE id = ? AND space_id = ?'),
      setItemLanguage: db.prepare<[string, string]>('UPDATE items SET language = ? WHERE id = ?'),
    };
  }

  spacesOf(partnershipId: string): SpaceRecord[] {
    return this.statements.spacesOf.all(partnershipId).map(toSpace);
  }

  findSpace(spaceId: string): SpaceRecord | null {
    const row = this.statements.spaceById.get(spaceId);
    return row ? toSpace(row) : null;
  }

  /** The items of a space that are not deleted (archived ones included), in their order. */
  itemsOf(spaceId: string): ItemRecord[] {
    return this.statements.itemsOf.all(spaceId).map(toItem);
  }

  deletedItemsOf(spaceId: string): ItemRecord[] {
    return this.statements.deletedItemsOf.all(spaceId).map(toItem);
  }

  /** The live (not deleted) item holding a document. */
  findItemByDocId(docId: string): ItemRecord | null {
    const row = this.statements.itemByDocId.get(docId);
    return row ? toItem(row) : null;
  }

  /** Any item, deleted or not. */
  findItem(itemId: string): ItemRecord | null {
    const row = this.statements.itemById.get(itemId);
    return row ? toItem(row) : null;
  }

  insertSpace(space: Omit<SpaceRecord, 'archived'>, position = 0): void {
    this.statements.insertSpace.run({ ...space, position });
  }

  renameSpace(spaceId: string, title: string): void {
    this.statements.renameSpace.run(title, spaceId);
  }

  /** An archived space keeps everything in it, read-only (a team disbanded, a visit called off). */
  setSpaceArchived(spaceId: string, archived: boolean): void {
    this.statements.archiveSpace.run(archived ? Date.now() : null, spaceId);
  }

  insertItem(item: Omit<ItemRecord, 'archived' | 'locked' | 'deleted'>, createdBy: string | null): void {
    const position = this.statements.nextPosition.get(item.spaceId)?.next ?? 0;
    this.statements.insertItem.run({ ...item, position, createdBy, createdAt: Date.now() });
  }

  renameItem(itemId: string, title: string): void {
    this.statements.renameItem.run(title, itemId);
  }

  setItemArchived(itemId: string, archived: boolean): void {
    this.statements.archiveItem.run(archived ? Date.now() : null, itemId);
  }

  /** Locked by `by`, or unlocked (by null). */
  setItemLocked(itemId: string, by: string | null): void {
    this.statements.lockItem.run(by ? Date.now() : null, by, itemId);
  }

  /** The language a document or board is written in ('' when not said). */
  setItemLanguage(itemId: string, language: string): void {
    this.statements.setItemLanguage.run(language, itemId);
  }

  deleteItem(itemId: string, deletedBy: string): void {
    this.statements.deleteItem.run(Date.now(), deletedBy, itemId);
  }

  restoreItem(itemId: string): void {
    this.statements.restoreItem.run(itemId);
  }

  /** Puts the listed items first, in that order; the others keep their order after them. */
  reorderItems(spaceId: string, itemIds: readonly string[]): void {
    this.db.transaction(() => {
      const rest = this.itemsOf(spaceId).filter((item) => !itemIds.includes(item.id));
      [...itemIds, ...rest.map((item) => item.id)].forEach((id, position) => this.statements.placeItem.run(position, id, spaceId));
    })();
  }
}

function toSpace(row: SpaceRow): SpaceRecord {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    kind: row.kind,
    teamId: row.team_id,
    mobilityId: row.mobility_id,
    title: row.title,
    archived: row.archived === 1,
    liveLocks: JSON.parse(row.live_locks) as LiveLockRule[],
  };
}

function toItem(row: ItemRow): ItemRecord {
  return {
    id: row.id,
    spaceId: row.space_id,
    type: row.type,
    title: row.title,
    docId: row.doc_id,
    archived: row.archived_at !== null,
    locked: row.locked_at !== null,
    deleted: row.deleted_at !== null,
    language: row.language ?? '',
    liveLocks: JSON.parse(row.live_locks) as LiveLockRule[],
  };
}
