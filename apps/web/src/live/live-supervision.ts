import { looksAfter, type LiveParticipant, type Member, type MemberSummary, type Role, type SupervisedItem } from '@kopa/protocol';

/**
 * The host's overview, as pure logic: who someone in an item's activity is (the
 * lesson's roster first, then the partnership's members: pupils can work in a
 * space the lesson covers without joining it), whether this host may take their
 * changes back, who has an item open, and which spaces the items are in.
 */

/** What the permission rule needs to know about a person. */
export interface PersonFacts {
  userId: string;
  role: Role;
  schoolId: string | null;
  active: boolean;
}

/** Someone by their id: from the roster (they joined), else the members list (loaded or not); null when unknown. */
export function personFacts(
  userId: string,
  participants: readonly LiveParticipant[],
  members: readonly MemberSummary[] | null,
): PersonFacts | null {
  const here = participants.find((person) => person.userId === userId);
  if (here) return { userId, role: here.role, schoolId: here.schoolId, active: true };
  const member = members?.find((candidate) => candidate.userId === userId);
  return member ? { userId, role: member.role, schoolId: member.schoolId, active: member.active } : null;
}

function asMember(person: PersonFacts, partnershipId: string): Member {
  return { ...person, partnershipId, teamIds: [], mobilityIds: [] };
}

/**
 * May this host take back this person's changes? The protocol's `looksAfter`: a
 * teacher their own school's pupils, the coordinator every pupil. (The server asks
 * again, with everything it knows.) Unknown people: no.
 */
export function mayTakeBack(host: PersonFacts, person: PersonFacts | null, partnershipId: string): boolean {
  if (!person || person.userId === host.userId) return false;
  return looksAfter(asMember(host, partnershipId), asMember(person, partnershipId));
}

/** The names of those who have an item open, from the roster, in the order given; people not in it are left out. */
export function openByNames(openBy: readonly string[], participants: readonly LiveParticipant[]): string[] {
  const names: string[] = [];
  for (const userId of openBy) {
    const person = participants.find((candidate) => candidate.userId === userId);
    if (person) names.push(person.displayName);
  }
  return names;
}

/** An item's activity, most recent first (the server sends it so; this keeps it so). */
export function recentFirst(activity: SupervisedItem['activity']): SupervisedItem['activity'] {
  return [...activity].sort((a, b) => b.lastAt - a.lastAt);
}

export interface OverviewSpace {
  spaceId: string;
  spaceName: string;
}

/** The spaces the items are in, by name: a lesson on the partnership's space covers several. */
export function overviewSpaces(items: readonly SupervisedItem[], locale?: string): OverviewSpace[] {
  const spaces = new Map<string, string>();
  for (const item of items) if (!spaces.has(item.spaceId)) spaces.set(item.spaceId, item.spaceName);
  return [...spaces]
    .map(([spaceId, spaceName]) => ({ spaceId, spaceName }))
    .sort((a, b) => a.spaceName.localeCompare(b.spaceName, locale) || a.spaceId.localeCompare(b.spaceId));
}

/** The items of one space (null: all of them), in the order given (the server's: the liveliest first). */
export function itemsInSpace(items: readonly SupervisedItem[], spaceId: string | null): SupervisedItem[] {
  return spaceId === null ? [...items] : items.filter((item) => item.spaceId === spaceId);
}

/** The items this person changed during the lesson, the one they changed last first. */
export function itemsChangedBy(items: readonly SupervisedItem[], userId: string): SupervisedItem[] {
  const lastAt = (item: SupervisedItem) => item.activity.find((entry) => entry.userId === userId)?.lastAt ?? null;
  return items
    .filter((item) => lastAt(item) !== null)
    .sort((a, b) => lastAt(b)! - lastAt(a)!);
}

/**
 * The items in a steady order while the host watches: those already shown keep
 * their places, new ones come after them (the first answer's order is the
 * server's, the liveliest first). Cards that jumped every few seconds would be
 * hard to follow, and would pull a button away from under the pointer.
 */
export function keepOrder(previous: readonly SupervisedItem[] | null, next: readonly SupervisedItem[]): SupervisedItem[] {
  if (!previous) return [...next];
  const place = new Map(previous.map((item, index) => [item.itemId, index]));
  const known = next.filter((item) => place.has(item.itemId)).sort((a, b) => place.get(a.itemId)! - place.get(b.itemId)!);
  return [...known, ...next.filter((item) => !place.has(item.itemId))];
}

/**
 * A document's excerpt for its card, without the title it usually starts with
 * (a heading the same as the card's title says nothing new).
 */
export function excerptFor(item: Pick<SupervisedItem, 'excerpt' | 'title'>): string {
  const excerpt = item.excerpt.trim();
  const title = item.title.trim();
  if (title && excerpt.toLocaleLowerCase().startsWith(title.toLocaleLowerCase())) {
    const rest = excerpt.slice(title.length);
    // Only a whole title: "Our map" is not the start of "Our maps of Rīga".
    if (rest === '' || /^[\s.:!?–—-]/.test(rest)) return rest.replace(/^[\s.:!?–—-]+/, '');
  }
  return excerpt;
}
