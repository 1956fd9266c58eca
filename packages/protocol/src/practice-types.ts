import type { ItemType } from './api-types.js';
import type { Credit } from './blog-types.js';

/**
 * The inventory of good practices: what a partnership tried and would recommend, described by its teachers
 * (title, summary, target group, outcomes, themes, countries, languages, links to what it produced).
 * Shapes of `/api/practices` (docs/api.md).
 */

/** Bounds the server enforces on a practice; forms keep within them. */
export const PRACTICE_LIMITS = {
  titleMaxLength: 160,
  summaryMaxLength: 4000,
  targetGroupMaxLength: 300,
  outcomesMaxLength: 4000,
  themeMaxLength: 60,
  themesMax: 20,
  countriesMax: 40,
  languagesMax: 24,
  linksMax: 20,
  linkLabelMaxLength: 160,
  urlMaxLength: 2000,
  /** What a search box may hold. */
  queryMaxLength: 100,
  /** Results on one page of a search, at most (and by default). */
  pageMax: 50,
  pageDefault: 20,
} as const;

/** A link as it is sent: to an item of the same partnership, or to a web page. */
export type PracticeLinkInput = { kind: 'item'; itemId: string } | { kind: 'url'; url: string; label: string };

/**
 * A link as it is read. Item links carry the item's current title and type; those the reader may not open
 * (items of a partnership they are not in) and deleted items are left out.
 */
export type PracticeLink =
  | { kind: 'item'; itemId: string; title: string; type: ItemType; archived: boolean }
  | { kind: 'url'; url: string; label: string };

export interface Practice {
  id: string;
  partnership: { id: string; title: string };
  title: string;
  summary: string;
  targetGroup: string;
  outcomes: string;
  /** Among the partnership's themes. */
  themes: string[];
  /** ISO 3166-1 alpha-2 codes of the partnership's schools' countries. */
  countries: string[];
  /** ISO 639 codes among the partnership's working languages. */
  languages: string[];
  links: PracticeLink[];
  /** Shown to every signed-in person of the instance and in the partnership's public showcase. */
  public: boolean;
  createdBy: Credit | null;
  createdAt: number;
  updatedAt: number;
  /** The reader is a member of the practice's partnership (else they see it because it is public). */
  mine: boolean;
  /** The reader may change, delete and make public this practice (the server enforces the same rule). */
  canEdit: boolean;
}

/** How many of the results (before this facet's own filter) carry a value. */
export interface PracticeFacetCount {
  value: string;
  count: number;
}

export interface PracticeFacets {
  themes: PracticeFacetCount[];
  countries: PracticeFacetCount[];
  languages: PracticeFacetCount[];
}

/** `GET /api/practices`: one page of the instance's inventory as the caller sees it. */
export interface PracticeSearchResult {
  practices: Practice[];
  /** Results of the whole search (every page). */
  total: number;
  offset: number;
  limit: number;
  facets: PracticeFacets;
}
