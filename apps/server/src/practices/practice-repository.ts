import type { ItemType, PracticeLinkInput } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

/** A practice as stored (table `practices`, migration 8); its lists are JSON arrays in the row. */
export interface PracticeRecord {
  id: string;
  partnershipId: string;
  title: string;
  summary: string;
  targetGroup: string;
  outcomes: string;
  themes: string[];
  countries: string[];
  languages: string[];
  links: PracticeLinkInput[];
  public: boolean;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

/** What a writer sets; the rest (id, partnership, creator, times) the repository keeps. */
export type PracticeFields = Pick<PracticeRecord, 'title' | 'summary' | 'targetGroup' | 'outcomes' | 'themes' | 'countries' | 'languages' | 'links' | 'public'>;

/** An item a practice links to, as the partnership has it now. */
export interface LinkedItem {
  id: string;
  title: string;
  type: ItemType;
  archived: boolean;
  /** The title a teacher approved it under for the public showcase (`public_items`); null when not approved. */
  publicTitle: string | null;
}

/**
 * A public practice as the showcase shows it: no creator, no internal ids beyond the practice's, and only
 * the links the public may follow (web pages, and items a teacher approved for the showcase).
 */
export interface PublicPractice {
  id: string;
  title: string;
  summary: string;
  targetGroup: string;
  outcomes: string;
  themes: string[];
  countries: string[];
  languages: string[];
  links: ({ kind: 'item'; itemId: string; title: string; type: ItemType } | { kind: 'url'; url: string; label: string })[];
  createdAt: number;
  updatedAt: number;
}

export interface PracticeRow {
  id: string;
  partnership_id: string;
  title: string;
  summary: string;
  target_group: string;
  outcomes: string;
  themes: string;
  countries: string;
  languages: string;
  links: string;
  public: number;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

interface LinkedItemRow {
  id: string;
  title: string;
  type: ItemType;
  archived: number;
  public_title: string | null;
}

const parseList = <T>(json: string): T[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? (value as T[]) : [];
};

export function toPractice(row: PracticeRow): PracticeRecord {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    title: row.title,
    summary: row.summary,
    targetGroup: row.target_group,
    outcomes: row.outcomes,
    themes: parseList<string>(row.themes),
    countries: parseList<string>(row.countries),
    languages: parseList<string>(row.languages),
    links: parseList<PracticeLinkInput>(row.links),
    public: row.public === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const toColumns = (fields: PracticeFields) => ({
  title: fields.title,
  summary: fields.summary,
  targetGroup: fields.targetGroup,
  outcomes: fields.outcomes,
  themes: JSON.stringify(fields.themes),
  countries: JSON.stringify(fields.countries),
  languages: JSON.stringify(fields.languages),
  links: JSON.stringify(fields.links),
  public: fields.public ? 1 : 0,
});

/**
 * The inventory of good practices (`practices`; the FTS5 index `practices_fts` follows the rows through the
 * migration's triggers, so writing here is all that keeps search up to date).
 */
export class PracticeRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO practices (id, partnership_id, title, summary, target_group, outcomes, themes, countries, languages, links,
           public, created_by, created_at, updated_at)
         VALUES (@id, @partnershipId, @title, @summary, @targetGroup, @outcomes, @themes, @countries, @languages, @links,
           @public, @createdBy, @createdAt, @updatedAt)`,
      ),
      update: db.prepare(
        `UPDATE practices SET title = @title, summary = @summary, target_group = @targetGroup, outcomes = @outcomes,
           themes = @themes, countries = @countries, languages = @languages, links = @links, public = @public, updated_at = @updatedAt
         WHERE id = @id`,
      ),
      remove: db.prepare<[string]>('DELETE FROM practices WHERE id = ?'),
      byId: db.prepare<[string], PracticeRow>('SELECT * FROM practices WHERE id = ?'),
      byIds: db.prepare<[string], PracticeRow>('SELECT * FROM practices WHERE id IN (SELECT value FROM json_each(?))'),
      publicOf: db.prepare<[string], PracticeRow>(
        'SELECT * FROM practices WHERE partnership_id = ? AND public = 1 ORDER BY updated_at DESC, id',
      ),
      // Items of the partnership that are not deleted, with the title a teacher approved them under for the public.
      itemsIn: db.prepare<[string, string], LinkedItemRow>(
        `SELECT i.id, i.title, i.type, (i.archived_at IS NOT NULL OR s.archived_at IS NOT NULL) AS archived,
           pi.title AS public_title
         FROM items i JOIN spaces s ON s.id = i.space_id LEFT JOIN public_items pi ON pi.item_id = i.id
         WHERE s.partnership_id = ? AND i.deleted_at IS NULL AND i.id IN (SELECT value FROM json_each(?))`,
      ),
    };
  }

  insert(record: Omit<PracticeRecord, 'updatedAt'>): void {
    this.statements.insert.run({
      ...toColumns(record),
      id: record.id,
      partnershipId: record.partnershipId,
      createdBy: record.createdBy,
      createdAt: record.createdAt,
      updatedAt: record.createdAt,
    });
  }

  update(id: string, fields: PracticeFields, updatedAt: number): void {
    this.statements.update.run({ ...toColumns(fields), id, updatedAt });
  }

  remove(id: string): void {
    this.statements.remove.run(id);
  }

  find(id: string): PracticeRecord | null {
    const row = this.statements.byId.get(id);
    return row ? toPractice(row) : null;
  }

  /** The practices with these ids, in the order of the ids (unknown ones left out). */
  findMany(ids: readonly string[]): PracticeRecord[] {
    if (ids.length === 0) return [];
    const byId = new Map(this.statements.byIds.all(JSON.stringify(ids)).map((row) => [row.id, toPractice(row)]));
    return ids.map((id) => byId.get(id)).filter((record): record is PracticeRecord => record !== undefined);
  }

  /** The items among `itemIds` that belong to the partnership and are not deleted, by id. */
  itemsIn(partnershipId: string, itemIds: readonly string[]): Map<string, LinkedItem> {
    if (itemIds.length === 0) return new Map();
    const rows = this.statements.itemsIn.all(partnershipId, JSON.stringify(itemIds));
    return new Map(
      rows.map((row) => [row.id, { id: row.id, title: row.title, type: row.type, archived: row.archived === 1, publicTitle: row.public_title }]),
    );
  }

  /**
   * For the public showcase: the partnership's public practices, most recently changed first, with only the
   * links the public may follow: web pages, and items a teacher approved for the showcase (`public_items`),
   * under their approved title, which the showcase shows under their item id. No creator, nothing about who
   * wrote them.
   */
  publicPracticesOf(partnershipId: string): PublicPractice[] {
    return this.statements.publicOf.all(partnershipId).map((row) => {
      const practice = toPractice(row);
      const items = this.itemsIn(partnershipId, itemIdsOf(practice.links));
      const links: PublicPractice['links'] = [];
      for (const link of practice.links) {
        if (link.kind === 'url') links.push(link);
        else {
          const item = items.get(link.itemId);
          // Under the title approved for the public: a later rename does not go public unapproved.
          if (item && item.publicTitle !== null) links.push({ kind: 'item', itemId: item.id, title: item.publicTitle, type: item.type });
        }
      }
      return {
        id: practice.id,
        title: practice.title,
        summary: practice.summary,
        targetGroup: practice.targetGroup,
        outcomes: practice.outcomes,
        themes: practice.themes,
        countries: practice.countries,
        languages: practice.languages,
        links,
        createdAt: practice.createdAt,
        updatedAt: practice.updatedAt,
      };
    });
  }
}

export const itemIdsOf = (links: readonly PracticeLinkInput[]): string[] =>
  links.flatMap((link) => (link.kind === 'item' ? [link.itemId] : []));
