import { isStaffRole, type Role } from './roles.js';

/**
 * The one permission rule of Kopa. REST routes, Socket.IO handlers and the Yjs
 * connection all ask `can()`; the web app only mirrors its answers.
 * It is pure: callers load the member and the resource, this decides.
 */

export const ACTIONS = ['read', 'edit', 'comment', 'moderate', 'manage', 'publish'] as const;
export type Action = (typeof ACTIONS)[number];

export const SPACE_KINDS = ['partnership', 'team', 'mobility'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

/** A user as seen from inside one partnership. */
export interface Member {
  userId: string;
  partnershipId: string;
  role: Role;
  schoolId: string | null;
  teamIds: readonly string[];
  active: boolean;
}

interface InPartnership {
  partnershipId: string;
  /** An archived partnership is read-only for everyone. */
  archived: boolean;
}

interface InSpace extends InPartnership {
  spaceKind: SpaceKind;
  /** Set for team spaces. */
  teamId: string | null;
}

export type Resource =
  | ({ type: 'partnership' } & InPartnership)
  | ({ type: 'space'; spaceId: string } & InSpace)
  | ({ type: 'item'; spaceId: string; itemId: string } & InSpace);

const WRITE_ACTIONS: ReadonlySet<Action> = new Set(['edit', 'comment', 'moderate', 'manage', 'publish']);

export function can(member: Member | null | undefined, action: Action, resource: Resource): boolean {
  if (!member || !member.active) return false;
  if (member.partnershipId !== resource.partnershipId) return false;
  if (resource.archived && WRITE_ACTIONS.has(action)) return false;

  const staff = isStaffRole(member.role);
  switch (action) {
    case 'read':
      // A partnership is one shared classroom: every member (guests too) may look at all of it.
      return true;
    case 'edit':
    case 'comment':
      if (staff) return resource.type !== 'partnership' || member.role === 'coordinator';
      if (member.role !== 'pupil' || resource.type === 'partnership') return false;
      // Pupils write in their own teams' spaces and in mobility diaries.
      return resource.spaceKind === 'mobility' || isOwnTeamSpace(member, resource);
    case 'moderate':
    case 'publish':
      return staff;
    case 'manage':
      return member.role === 'coordinator' || (member.role === 'teacher' && resource.type !== 'partnership');
  }
}

function isOwnTeamSpace(member: Member, resource: Exclude<Resource, { type: 'partnership' }>): boolean {
  return resource.spaceKind === 'team' && resource.teamId !== null && member.teamIds.includes(resource.teamId);
}
