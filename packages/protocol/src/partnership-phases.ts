/**
 * The life of a partnership in phases around its mobilities (visits): getting
 * ready before the first visit, each visit itself, the time between two visits,
 * and the follow-up after the last. The home page shows them as a timeline with
 * today's phase highlighted. Pure: dates are ISO calendar dates (YYYY-MM-DD),
 * which compare correctly as strings.
 */

export const PHASE_KINDS = ['before', 'during', 'between', 'after'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** What the phases need to know of a mobility; callers pass their own richer objects through. */
export interface PhaseMobility {
  id: string;
  startDate: string;
  endDate: string;
}

export interface Phase<M extends PhaseMobility = PhaseMobility> {
  kind: PhaseKind;
  /** First and last day of the phase, inclusive; null where the partnership's own date is not set. */
  startDate: string | null;
  endDate: string | null;
  /**
   * The mobility the phase is about: the one being prepared (before, between),
   * the one happening (during), the one being followed up (after).
   * Null only when the partnership has no mobility yet.
   */
  mobility: M | null;
  /** For `between`: the mobility just done. */
  previous: M | null;
  /** Today's phase: exactly one phase of a timeline is current. */
  current: boolean;
}

export interface PhasesInput<M extends PhaseMobility> {
  /** The partnership's dates; null when not set yet. */
  startDate: string | null;
  endDate: string | null;
  mobilities: readonly M[];
  /** Today as an ISO date, in the viewer's time zone. */
  today: string;
}

/**
 * The partnership's phases in order. Empty stretches are left out (no `between`
 * for back-to-back visits, no `before` when the partnership opens with a visit).
 * Overlapping visits each keep their own `during` phase with their real dates;
 * on a day inside both, the one that started last is current. When today is
 * outside every phase (before the partnership starts or after it ends), the
 * first or last phase is current.
 */
export function partnershipPhases<M extends PhaseMobility>(input: PhasesInput<M>): Phase<M>[] {
  const mobilities = [...input.mobilities].sort(
    (a, b) => compare(a.startDate, b.startDate) || compare(a.endDate, b.endDate) || compare(a.id, b.id),
  );
  const phases: Omit<Phase<M>, 'current'>[] = [];
  const add = (phase: Omit<Phase<M>, 'current'>) => {
    if (phase.startDate !== null && phase.endDate !== null && phase.startDate > phase.endDate) return;
    phases.push(phase);
  };

  const first = mobilities[0];
  if (!first) {
    add({ kind: 'before', startDate: input.startDate, endDate: input.endDate, mobility: null, previous: null });
    return markCurrent(phases, input.today);
  }

  add({ kind: 'before', startDate: input.startDate, endDate: addDays(first.startDate, -1), mobility: first, previous: null });
  // The last day any visit so far lasts: overlapping visits leave no gap between them.
  let coveredUntil = first.endDate;
  let latest = first;
  add({ kind: 'during', startDate: first.startDate, endDate: first.endDate, mobility: first, previous: null });
  for (const mobility of mobilities.slice(1)) {
    add({ kind: 'between', startDate: addDays(coveredUntil, 1), endDate: addDays(mobility.startDate, -1), mobility, previous: latest });
    add({ kind: 'during', startDate: mobility.startDate, endDate: mobility.endDate, mobility, previous: null });
    if (mobility.endDate >= coveredUntil) {
      coveredUntil = mobility.endDate;
      latest = mobility;
    }
  }
  add({ kind: 'after', startDate: addDays(coveredUntil, 1), endDate: input.endDate, mobility: latest, previous: null });
  return markCurrent(phases, input.today);
}

/** Today's phase of a timeline made by `partnershipPhases`. */
export function currentPhase<M extends PhaseMobility>(phases: readonly Phase<M>[]): Phase<M> | null {
  return phases.find((phase) => phase.current) ?? null;
}

function markCurrent<M extends PhaseMobility>(phases: Omit<Phase<M>, 'current'>[], today: string): Phase<M>[] {
  const contains = (phase: Omit<Phase<M>, 'current'>) =>
    (phase.startDate === null || phase.startDate <= today) && (phase.endDate === null || today <= phase.endDate);
  // The last phase that holds today: of two overlapping visits, the one that started last.
  let index = phases.findLastIndex(contains);
  if (index === -1) {
    const firstStart = phases[0]?.startDate;
    index = firstStart !== null && firstStart !== undefined && today < firstStart ? 0 : phases.length - 1;
  }
  return phases.map((phase, position) => ({ ...phase, current: position === index }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An ISO date moved by whole days, in UTC so no time zone or daylight saving shifts it. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Today as an ISO date in the local time zone of whoever runs this (the browser: the pupil's own day). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
