/**
 * The team board's moves, as pure functions over a placement (team → members):
 * the board, the editor and the proposer all share them, and they are unit-tested.
 */

/** The column of people in no team. Moving someone there takes them out of the team they came from. */
export const POOL = 'pool';

/** Who is in which team while the teacher edits: team key → member ids, in display order. */
export type Placement = Readonly<Record<string, readonly string[]>>;

/** Whether someone coming from `from` may be dropped on `to` (nobody is in the same team twice). */
export function canDrop(placement: Placement, personId: string, from: string, to: string): boolean {
  if (to === from || to === POOL) return true;
  return !(placement[to] ?? []).includes(personId);
}

export function movePerson(placement: Placement, personId: string, from: string, to: string): Placement {
  if (from === to || !canDrop(placement, personId, from, to)) return placement;
  const next: Record<string, readonly string[]> = { ...placement };
  if (from !== POOL) next[from] = (next[from] ?? []).filter((id) => id !== personId);
  if (to !== POOL) next[to] = [...(next[to] ?? []), personId];
  return next;
}

/**
 * The next column the carried person can go to, leftwards (-1) or rightwards (+1),
 * skipping teams they are already in; at either end it stays put.
 */
export function stepTarget(
  columns: readonly string[],
  placement: Placement,
  personId: string,
  from: string,
  current: string,
  direction: -1 | 1,
): string {
  for (let index = columns.indexOf(current) + direction; index >= 0 && index < columns.length; index += direction) {
    const column = columns[index]!;
    if (canDrop(placement, personId, from, column)) return column;
  }
  return current;
}

/** The candidates in no team of the placement, in their given order. */
export function unplaced(candidateIds: readonly string[], placement: Placement): string[] {
  const placed = new Set(Object.values(placement).flat());
  return candidateIds.filter((id) => !placed.has(id));
}

/** The teams whose members differ (as sets) between two placements. */
export function changedTeams(before: Placement, after: Placement): string[] {
  return Object.keys(after).filter((key) => {
    const was = new Set(before[key] ?? []);
    const now = after[key] ?? [];
    return was.size !== now.length || now.some((id) => !was.has(id));
  });
}

/** How many of a team come from each country, for every country given (zeros included, so gaps show). */
export function schoolMix(
  memberIds: readonly string[],
  countryOf: (id: string) => string | null,
  countries: readonly string[],
): Array<{ country: string; count: number }> {
  const counts = new Map(countries.map((country) => [country, 0]));
  for (const id of memberIds) {
    const country = countryOf(id);
    if (country !== null) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return [...counts.entries()].map(([country, count]) => ({ country, count }));
}
