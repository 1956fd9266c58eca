import type { MessageId } from '@kopa/i18n';
import { isStaffRole, type LiveParticipant, type LivePerson, type MemberSummary, type Role } from '@kopa/protocol';

/** Hosts first, then those here now, then those who left; by name within each. */
export function rosterOrder(participants: readonly LiveParticipant[], locale?: string): LiveParticipant[] {
  const rank = (person: LiveParticipant) => (person.host ? 0 : person.present ? 1 : 2);
  return [...participants].sort((a, b) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName, locale) || a.userId.localeCompare(b.userId));
}

/**
 * Does this teacher look after this pupil (mute them, pause their editing)? The
 * protocol's `looksAfter`, on what the roster knows: a teacher their own school's
 * pupils, a coordinator every pupil. The server asks the real rule again.
 */
export function looksAfterPerson(staff: { role: Role; schoolId: string | null }, person: Pick<LivePerson, 'role' | 'schoolId'>): boolean {
  if (person.role !== 'pupil') return false;
  return staff.role === 'coordinator' || (staff.role === 'teacher' && staff.schoolId !== null && staff.schoolId === person.schoolId);
}

/**
 * Why "One pupil" cannot be chosen when a host pauses editing, if it cannot:
 * a teacher pauses only their own school's pupils, and none of those is in the
 * lesson; a coordinator, any pupil, and none has joined. Null when some can be chosen.
 */
export function noPupilToPauseHint(role: Role, pupilsLookedAfter: number): MessageId | null {
  if (pupilsLookedAfter > 0) return null;
  return role === 'coordinator' ? 'live.locks.noPupilsCoordinator' : 'live.locks.noPupilsTeacher';
}

/**
 * The small facts under a name in the roster (school, where they are), blank
 * ones left out, so no separator stands alone.
 */
export function rosterFacts(facts: readonly (string | null | undefined)[]): string[] {
  return facts.map((fact) => fact?.trim() ?? '').filter((fact) => fact.length > 0);
}

export interface CohostCandidate {
  userId: string;
  displayName: string;
  country: string | null;
  present: boolean;
}

/**
 * Teachers who could help run the lesson: staff in the roster who are not hosts
 * yet (those here first), then the partnership's other active staff.
 */
export function cohostCandidates(
  participants: readonly LiveParticipant[],
  members: readonly MemberSummary[] | null,
  myId: string,
  locale?: string,
): CohostCandidate[] {
  const byName = (a: CohostCandidate, b: CohostCandidate) => Number(b.present) - Number(a.present) || a.displayName.localeCompare(b.displayName, locale);
  const seen = new Set<string>([myId]);
  const found: CohostCandidate[] = [];
  for (const person of participants) {
    if (seen.has(person.userId)) continue;
    seen.add(person.userId);
    if (person.host || !isStaffRole(person.role)) continue;
    found.push({ userId: person.userId, displayName: person.displayName, country: person.country, present: person.present });
  }
  for (const member of members ?? []) {
    if (seen.has(member.userId) || !member.active || !isStaffRole(member.role)) continue;
    seen.add(member.userId);
    found.push({ userId: member.userId, displayName: member.displayName, country: member.country, present: false });
  }
  return found.sort(byName);
}

/** A participant's name, from their id (someone who is not in the roster: null). */
export function nameOf(participants: readonly LiveParticipant[], userId: string): string | null {
  return participants.find((person) => person.userId === userId)?.displayName ?? null;
}
