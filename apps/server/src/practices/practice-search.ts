import type { PracticeFacetCount, PracticeFacets } from '@kopa/protocol';
import { toPrefixQuery } from '../blog/blog-search.js';
import type { SqliteDatabase } from '../db/open-database.js';

/** The three lists a search filters on, as the row stores them. */
type Facet = 'themes' | 'countries' | 'languages';
const FACETS: readonly Facet[] = ['themes', 'countries', 'languages'];

export interface PracticeFilters {
  /** What the person typed in the search box, as typed (never an FTS5 expression). */
  q?: string;
  /** Any of these themes (none: any theme), and so on: each filter is "any of", filters together "all of". */
  themes: readonly string[];
  countries: readonly string[];
  languages: readonly string[];
  /** Only this partnership's practices. */
  partnershipId?: string;
}

/** Who is searching: the partnerships whose every practice they may read (else only public ones). */
export interface SearchScope {
  memberOf: readonly string[];
}

export interface PracticeSearchPage {
  /** The page's practice ids, best match first (newest change first without words). */
  ids: string[];
  total: number;
  facets: PracticeFacets;
}

/** A candidate row: enough to filter and count, nothing to show. */
export interface Candidate {
  id: string;
  themes: readonly string[];
  countries: readonly string[];
  languages: readonly string[];
}

interface CandidateRow {
  id: string;
  themes: string;
  countries: string;
  languages: string;
}

// Whatever the person may see: every practice of their partnerships, and the public ones of every partnership.
const VISIBLE = `(p.public = 1 OR p.partnership_id IN (SELECT value FROM json_each(@memberOf)))
  AND (@partnershipId IS NULL OR p.partnership_id = @partnershipId)`;
// Words in the title count most, then the summary, the themes, then target group and outcomes.
const RANK = 'bm25(practices_fts, 10.0, 4.0, 2.0, 2.0, 3.0)';

/**
 * The instance's inventory, searched: FTS5 over `practices_fts` (title, summary, target group, outcomes,
 * themes), then the filters and their counts over the candidates, then one page. The tokenizer
 * (`unicode61 remove_diacritics 2`) folds accents on both sides: `gijon` finds "Gijón", `maize` "maizē",
 * `dzive` "dzīve"; every Latvian (ā ē ī ū š ž č ņ ļ ķ ģ), Spanish, Italian and Romanian (ș ț ă î â) mark
 * folds. Letters that are not a base letter plus a mark (ł, ø, œ, ß) stay as they are.
 */
export class PracticeSearch {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    const columns = 'p.id, p.themes, p.countries, p.languages';
    this.statements = {
      all: db.prepare<[Params], CandidateRow>(`SELECT ${columns} FROM practices p WHERE ${VISIBLE} ORDER BY p.updated_at DESC, p.id`),
      matching: db.prepare<[Params & { match: string }], CandidateRow>(
        `SELECT ${columns} FROM practices_fts JOIN practices p ON p.rowid = practices_fts.rowid
         WHERE practices_fts MATCH @match AND ${VISIBLE}
         ORDER BY ${RANK}, p.updated_at DESC, p.id`,
      ),
    };
  }

  search(scope: SearchScope, filters: PracticeFilters, page: { offset: number; limit: number }): PracticeSearchPage {
    const params: Params = { memberOf: JSON.stringify(scope.memberOf), partnershipId: filters.partnershipId ?? null };
    // Only words are searched: quotes, NEAR(, OR, *, col: typed by someone are cut away as punctuation or quoted.
    const match = filters.q ? toPrefixQuery(filters.q) : null;
    const rows = match ? this.statements.matching.all({ ...params, match }) : this.statements.all.all(params);
    const { matching, facets } = narrow(rows.map(toCandidate), filters);
    return { ids: matching.slice(page.offset, page.offset + page.limit).map((row) => row.id), total: matching.length, facets };
  }
}

/**
 * The candidates that pass every filter, and for each filter the values found among the candidates that
 * pass the *other* filters (so choosing a theme still shows the other themes one could choose instead).
 */
export function narrow<C extends Candidate>(candidates: readonly C[], filters: Pick<PracticeFilters, Facet>): { matching: C[]; facets: PracticeFacets } {
  const passes = (candidate: C, facet: Facet) =>
    filters[facet].length === 0 || candidate[facet].some((value) => filters[facet].includes(value));
  const passesAllBut = (candidate: C, skipped: Facet | null) => FACETS.every((facet) => facet === skipped || passes(candidate, facet));

  const facets = {} as PracticeFacets;
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    for (const candidate of candidates) {
      if (!passesAllBut(candidate, facet)) continue;
      for (const value of new Set(candidate[facet])) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    facets[facet] = [...counts]
      .map(([value, count]): PracticeFacetCount => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return { matching: candidates.filter((candidate) => passesAllBut(candidate, null)), facets };
}

interface Params {
  memberOf: string;
  partnershipId: string | null;
}

const list = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
};

const toCandidate = (row: CandidateRow): Candidate => ({
  id: row.id,
  themes: list(row.themes),
  countries: list(row.countries),
  languages: list(row.languages),
});
