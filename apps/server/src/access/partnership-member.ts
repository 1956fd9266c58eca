import { can, type Member } from '@kopa/protocol';
import type { PartnershipRecord, PartnershipRepository } from '../directory/partnership-repository.js';
import { notFound } from '../http/http-error.js';
import { partnershipResource, type AccessControl } from './access-control.js';

export interface PartnershipMember {
  member: Member;
  partnership: PartnershipRecord;
  /** An archived partnership is read-only for everyone (can() is told through each resource). */
  archived: boolean;
}

/**
 * The caller as a member of a partnership, for routes under `/api/partnerships/:pid`.
 * A partnership the caller is not in is "not found": its existence is not theirs to know.
 */
export function memberOfPartnership(
  deps: { access: AccessControl; partnerships: PartnershipRepository },
  userId: string,
  partnershipId: string,
): PartnershipMember {
  const member = deps.access.memberIn(userId, partnershipId);
  const partnership = member ? deps.partnerships.find(partnershipId) : null;
  if (!member || !partnership) throw notFound('Partnership');
  return { member, partnership, archived: partnership.state === 'archived' };
}

/**
 * Who runs the partnership (coordinator and teachers), whether or not it is
 * archived: they may still look at its invite links once it is read-only.
 */
export function runsPartnership(member: Member | null, partnershipId: string): boolean {
  return can(member, 'moderate', partnershipResource(partnershipId, false));
}

/** The coordinator, whether or not the partnership is archived (they may bring it back, and take links back). */
export function coordinates(member: Member | null, partnershipId: string): boolean {
  return can(member, 'manage', partnershipResource(partnershipId, false));
}
