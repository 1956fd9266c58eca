/** Someone the team builder may place: only the school matters for the balance. */
export interface ProposalPupil {
  id: string;
  /** Pupils without a school are balanced as one group of their own. */
  schoolId: string | null;
}

export interface ProposalOptions {
  /** Shuffles the pupils within each school (same seed, same teams); without it their given order is kept. */
  seed?: number;
}

/**
 * Mixed-country teams, as even as they can be: team sizes differ by at most one,
 * and so do the numbers of any one school's pupils in any two teams.
 *
 * The pupils are dealt round-robin, school after school, each school continuing at
 * the team where the previous one stopped. One school's pupils are then a run of
 * consecutive deals, so they land on consecutive teams (evenly); and the deals as a
 * whole go round the teams in turn (even sizes). The same input gives the same teams.
 */
export function proposeTeams(pupils: readonly ProposalPupil[], teamCount: number, options: ProposalOptions = {}): string[][] {
  if (!Number.isInteger(teamCount) || teamCount < 1) throw new RangeError(`teamCount must be a whole number ≥ 1, not ${teamCount}`);
  const random = options.seed === undefined ? null : mulberry32(options.seed);

  const bySchool = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const pupil of pupils) {
    if (seen.has(pupil.id)) continue;
    seen.add(pupil.id);
    // '' cannot be a school id (ids are non-empty), so it safely stands for "no school".
    const key = pupil.schoolId ?? '';
    const group = bySchool.get(key);
    if (group) group.push(pupil.id);
    else bySchool.set(key, [pupil.id]);
  }

  // Biggest schools first, then by id: the order of the pupils given does not change which school goes where.
  const groups = [...bySchool.entries()]
    .sort(([aKey, a], [bKey, b]) => b.length - a.length || (aKey < bKey ? -1 : aKey > bKey ? 1 : 0))
    .map(([, ids]) => (random ? shuffled(ids, random) : ids));

  const teams: string[][] = Array.from({ length: teamCount }, () => []);
  let next = 0;
  for (const ids of groups) {
    for (const id of ids) {
      teams[next]!.push(id);
      next = (next + 1) % teamCount;
    }
  }
  return teams;
}

/** Fisher–Yates on a copy. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A tiny seeded generator, so "mix again" is reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
