import { POST_PHASES, type BlogQuery, type PostPhase } from '@kopa/protocol';

/** What the reader chose on the blog page; `visit` is "", a mobility id, or "<mobility id>:<phase>". */
export interface BlogFilter {
  search: string;
  theme: string;
  visit: string;
}

export const NO_FILTER: BlogFilter = { search: '', theme: '', visit: '' };

export const visitValue = (mobilityId: string, phase?: PostPhase) => (phase ? `${mobilityId}:${phase}` : mobilityId);

/** The blog query the server understands for the chosen filters. */
export function blogQuery(filter: BlogFilter): BlogQuery {
  const [mobilityId, phase] = filter.visit.split(':');
  return {
    q: filter.search.trim() || undefined,
    theme: filter.theme || undefined,
    mobilityId: mobilityId || undefined,
    phase: POST_PHASES.find((known) => known === phase),
  };
}

export const isFiltered = (filter: BlogFilter) => filter.search.trim() !== '' || filter.theme !== '' || filter.visit !== '';
