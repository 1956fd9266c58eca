import { HttpError } from '../http/http-error.js';
import type { MembershipRepository } from './membership-repository.js';

/**
 * Teams and visits are made of people who work in the partnership: its pupils and
 * teachers (the coordinator included), never guests or strangers. The 400 names who is wrong.
 */
export function requireWorkingMembers(
  memberships: MembershipRepository,
  partnershipId: string,
  userIds: readonly string[],
  field: string,
): void {
  const people = new Map(memberships.membersOfPartnership(partnershipId).map((person) => [person.userId, person]));
  for (const userId of userIds) {
    const person = people.get(userId);
    if (!person) {
      throw new HttpError(400, 'invalid_request', `${field}: ${userId} is not in this partnership`, { field, problem: { kind: 'not_in_partnership' } });
    }
    if (person.role === 'guest') {
      // Guests are never among the people offered to choose from.
      throw new HttpError(400, 'invalid_request', `${field}: ${person.displayName} is a guest, not a pupil or teacher`, {
        field,
        problem: { kind: 'invalid_choice' },
      });
    }
  }
}
