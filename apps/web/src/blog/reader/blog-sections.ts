import { POST_PHASES, type BlogEntry, type Mobility, type PostPhase } from '@kopa/protocol';

/** One heading of the blog page: the posts about one phase of one visit, or those about no visit. */
export interface BlogSection {
  key: string;
  /** Null: the post belongs to no (known) visit. */
  mobility: Mobility | null;
  /** Null with a mobility: about the visit as a whole. */
  phase: PostPhase | null;
  entries: BlogEntry[];
}

// A visit's posts as its story goes: first "about the visit" in general, then before, during, after.
const PHASE_ORDER: readonly (PostPhase | null)[] = [null, ...POST_PHASES];

/**
 * The blog's posts grouped the way the partnership lives them: visit by visit in the order
 * they take place, each in its phases; posts about no visit come last. Within a group the
 * posts keep the order they came in (the server sends the newest first).
 */
export function blogSections(entries: readonly BlogEntry[], mobilities: readonly Mobility[]): BlogSection[] {
  const visits = [...mobilities].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
  const rank = new Map(visits.map((mobility, index) => [mobility.id, index]));
  const sections = new Map<string, BlogSection>();
  for (const entry of entries) {
    const mobility = entry.meta.mobilityId === null ? undefined : visits[rank.get(entry.meta.mobilityId) ?? -1];
    const phase = mobility ? entry.meta.phase : null;
    const key = mobility ? `${mobility.id}:${phase ?? 'visit'}` : 'none';
    let section = sections.get(key);
    if (!section) {
      section = { key, mobility: mobility ?? null, phase, entries: [] };
      sections.set(key, section);
    }
    section.entries.push(entry);
  }
  const order = (section: BlogSection) =>
    section.mobility === null ? Number.MAX_SAFE_INTEGER : (rank.get(section.mobility.id) ?? 0) * PHASE_ORDER.length + PHASE_ORDER.indexOf(section.phase);
  return [...sections.values()].sort((a, b) => order(a) - order(b));
}
