import type { PostPhase } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';
import { toPost, type PostRecord, type PostRow } from './post-repository.js';

export interface BlogFilters {
  /** What the reader typed in the search box, as typed. */
  q?: string;
  mobilityId?: string;
  phase?: PostPhase;
  theme?: string;
}

export interface PublishedRow extends PostRecord {
  title: string;
  publishedVersionId: string;
  publishedAt: number;
  docId: string;
  reactionCount: number;
  commentCount: number;
}

/** Words a search may hold at most: more only slows the query down. */
const MAX_WORDS = 12;

/**
 * Turns what someone typed into a safe FTS5 query: every word becomes a quoted
 * prefix term ("gij"* finds Gijón), all must match. FTS5 operators and syntax
 * (quotes, NEAR(, AND, *, ^, :) never reach the parser as syntax. Accents are
 * folded by the table's tokenizer (unicode61 remove_diacritics 2) on both sides.
 * Null when nothing searchable is left.
 */
export function toPrefixQuery(input: string): string | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, MAX_WORDS)
    .map((word) => `"${word.replaceAll('"', '""')}"*`)
    .join(' ');
}

/**
 * The partnership blog: the published posts, filtered and searched. The FTS5 table
 * `post_search` holds one row per published post (its title and the published text).
 */
export class BlogSearch {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    const published = `
      SELECT p.*, i.title, i.doc_id,
        (SELECT COUNT(*) FROM reactions r WHERE r.item_id = i.id) AS reaction_count,
        (SELECT COUNT(*) FROM comments c WHERE c.item_id = i.id AND c.deleted_at IS NULL AND c.hidden_at IS NULL) AS comment_count
      FROM posts p JOIN items i ON i.id = p.item_id JOIN spaces s ON s.id = i.space_id
      WHERE s.partnership_id = @partnershipId AND i.deleted_at IS NULL AND p.published_version_id IS NOT NULL
        AND (@mobilityId IS NULL OR p.mobility_id = @mobilityId)
        AND (@phase IS NULL OR p.phase = @phase)
        AND (@theme IS NULL OR EXISTS (SELECT 1 FROM json_each(p.themes) WHERE value = @theme))`;
    const order = 'ORDER BY p.published_at DESC, i.title';
    this.statements = {
      remove: db.prepare<[string]>('DELETE FROM post_search WHERE item_id = ?'),
      insert: db.prepare<[string, string, string]>('INSERT INTO post_search (item_id, title, body) VALUES (?, ?, ?)'),
      append: db.prepare<[string, string]>("UPDATE post_search SET body = body || char(10) || ? WHERE item_id = ?"),
      all: db.prepare<[Params], ListRow>(`${published} ${order}`),
      matching: db.prepare<[Params & { match: string }], ListRow>(
        `${published} AND i.id IN (SELECT item_id FROM post_search WHERE post_search MATCH @match) ${order}`,
      ),
      bodies: db.prepare<[number, string], { item_id: string; body: string }>(
        'SELECT item_id, substr(body, 1, ?) AS body FROM post_search WHERE item_id IN (SELECT value FROM json_each(?))',
      ),
    };
  }

  /** Replaces the post's search row with the text now published. Call inside the publishing transaction. */
  index(itemId: string, title: string, body: string): void {
    this.statements.remove.run(itemId);
    this.statements.insert.run(itemId, title, body);
  }

  /** More published text of the post (its versions in other languages), after what `index` wrote: found, never in excerpts. */
  append(itemId: string, text: string): void {
    if (text.trim() !== '') this.statements.append.run(text, itemId);
  }

  remove(itemId: string): void {
    this.statements.remove.run(itemId);
  }

  /** Published posts of the partnership, newest first. */
  list(partnershipId: string, filters: BlogFilters): PublishedRow[] {
    const params: Params = {
      partnershipId,
      mobilityId: filters.mobilityId ?? null,
      phase: filters.phase ?? null,
      theme: filters.theme ?? null,
    };
    const match = filters.q ? toPrefixQuery(filters.q) : null;
    const rows = match ? this.statements.matching.all({ ...params, match }) : this.statements.all.all(params);
    return rows.map((row) => ({
      ...toPost(row),
      publishedVersionId: row.published_version_id!,
      publishedAt: row.published_at!,
      title: row.title,
      docId: row.doc_id,
      reactionCount: row.reaction_count,
      commentCount: row.comment_count,
    }));
  }

  /** The beginning of each post's published text (as indexed), by item id. */
  beginnings(itemIds: readonly string[], length: number): Map<string, string> {
    const rows = itemIds.length === 0 ? [] : this.statements.bodies.all(length, JSON.stringify(itemIds));
    return new Map(rows.map((row) => [row.item_id, row.body]));
  }
}

interface Params {
  partnershipId: string;
  mobilityId: string | null;
  phase: PostPhase | null;
  theme: string | null;
}

interface ListRow extends PostRow {
  title: string;
  doc_id: string;
  reaction_count: number;
  comment_count: number;
}
