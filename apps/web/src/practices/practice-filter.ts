import { PRACTICE_LIMITS, type PracticeFacetCount } from '@kopa/protocol';

/** What the reader chose on the inventory page: words, and any number of themes, countries and languages. */
export interface PracticeFilter {
  search: string;
  themes: string[];
  countries: string[];
  languages: string[];
}

export type FacetName = 'themes' | 'countries' | 'languages';
export const FACET_NAMES: readonly FacetName[] = ['themes', 'countries', 'languages'];

export const NO_FILTER: PracticeFilter = { search: '', themes: [], countries: [], languages: [] };

/** The query parameter of each filter (the server's names), repeated for several values. */
const PARAMS: Record<FacetName, string> = { themes: 'theme', countries: 'country', languages: 'language' };

export const isFiltered = (filter: PracticeFilter) =>
  filter.search.trim() !== '' || FACET_NAMES.some((facet) => filter[facet].length > 0);

/** The filter as the page's address keeps it (`?q=gijon&theme=inclusion&country=ES`), so back and reload keep it. */
export function searchFromFilter(filter: PracticeFilter): string {
  const params = new URLSearchParams();
  if (filter.search !== '') params.set('q', filter.search);
  for (const facet of FACET_NAMES) for (const value of filter[facet]) params.append(PARAMS[facet], value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filter an address holds; anything unknown or repeated is left out. */
export function filterFromSearch(search: string): PracticeFilter {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const values = (facet: FacetName, normal: (value: string) => string = (value) => value) => [
    ...new Set(params.getAll(PARAMS[facet]).filter((value) => value.trim() !== '').map(normal)),
  ];
  return {
    search: (params.get('q') ?? '').slice(0, PRACTICE_LIMITS.queryMaxLength),
    themes: values('themes'),
    countries: values('countries', (code) => code.toUpperCase()),
    languages: values('languages', (code) => code.toLowerCase()),
  };
}

/** The server's query for the filter and one page (`/api/practices?…`). */
export function practiceQueryString(filter: PracticeFilter, page: { offset: number; limit: number }): string {
  const params = new URLSearchParams();
  const words = filter.search.trim();
  if (words !== '') params.set('q', words);
  for (const facet of FACET_NAMES) for (const value of filter[facet]) params.append(PARAMS[facet], value);
  if (page.offset > 0) params.set('offset', String(page.offset));
  params.set('limit', String(page.limit));
  return `?${params.toString()}`;
}

/** Switches one value of a filter on or off. */
export function toggled(filter: PracticeFilter, facet: FacetName, value: string): PracticeFilter {
  const current = filter[facet];
  return { ...filter, [facet]: current.includes(value) ? current.filter((other) => other !== value) : [...current, value] };
}

export interface Chip {
  value: string;
  count: number;
  chosen: boolean;
}

/**
 * The chips of one filter: the values the results carry (most frequent first), and the chosen ones even when
 * nothing carries them any more, so they can always be switched off.
 */
export function chipsOf(counts: readonly PracticeFacetCount[], chosen: readonly string[]): Chip[] {
  const chips = counts.map((facet) => ({ value: facet.value, count: facet.count, chosen: chosen.includes(facet.value) }));
  for (const value of chosen) if (!chips.some((chip) => chip.value === value)) chips.push({ value, count: 0, chosen: true });
  return chips;
}
