import type { LiveLockRule } from './live-types.js';
import { isStaffRole, type Role } from './roles.js';

/**
 * The one permission rule of Kopa. REST routes, Socket.IO handlers and the Yjs
 * connection all ask `can()`; the web app only mirrors its answers.
 * It is pure: callers load the member and the resource, this decides.
 */

export const ACTIONS = ['read', 'edit', 'comment', 'moderate', 'manage', 'publish', 'export'] as const;
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
  /** The mobilities this person travels on. */
  mobilityIds: readonly string[];
  active: boolean;
}

interface InPartnership {
  partnershipId: string;
  /** Archived (the partnership, or this space or item): read-only for everyone. */
  archived: boolean;
}

interface InSpace extends InPartnership {
  spaceId: string;
  spaceKind: SpaceKind;
  /** Set for team spaces. */
  teamId: string | null;
  /** Set for mobility spaces (diaries). */
  mobilityId: string | null;
  /** Locks of running live sessions that cover this space or item (the server picks them). */
  liveLocks?: readonly LiveLockRule[];
}

export type Resource =
  | ({ type: 'partnership' } & InPartnership)
  | ({ type: 'school'; schoolId: string } & InPartnership)
  | ({ type: 'team'; teamId: string } & InPartnership)
  | ({ type: 'space' } & InSpace)
  | ({ type: 'item'; itemId: string; /** Locked by a teacher: only staff change it. */ locked?: boolean } & InSpace);

export type ResourceType = Resource['type'];

// Exporting only reads: an archived partnership stays exportable.
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
    case 'comment':
      // Comments and reactions on published posts come from the whole partnership; guests only read.
      if (resource.type === 'space' || resource.type === 'item') return member.role !== 'guest';
      return can(member, 'manage', resource);
    case 'edit':
      if (resource.type === 'item' && resource.locked) return staff;
      if ((resource.type === 'space' || resource.type === 'item') && !staff && lockedOut(member, resource.liveLocks)) return false;
      if (resource.type === 'space' || resource.type === 'item') return staff || pupilWritesIn(member, resource);
      // Partnerships, schools and teams are changed by managing them.
      return can(member, 'manage', resource);
    case 'moderate':
    case 'publish':
      return staff;
    case 'export':
      // A whole partnership's backup holds every account (password hashes included): its coordinator's, as
      // managing it is. One space (or item) is the staff's to export, as they look after every space.
      if (resource.type === 'partnership') return member.role === 'coordinator';
      return (resource.type === 'space' || resource.type === 'item') && staff;
    case 'manage':
      switch (resource.type) {
        case 'partnership':
          return member.role === 'coordinator';
        case 'school':
          // Teachers look after their own school's pupils.
          return staff && member.schoolId === resource.schoolId;
        default:
          return staff;
      }
  }
}

/** Does a live session's lock keep this member from editing? Locks never hold staff back. */
export function lockedOut(member: Member, locks: readonly LiveLockRule[] | undefined): boolean {
  return (locks ?? []).some(
    (lock) =>
      lock.scope === 'everyone' ||
      (lock.scope === 'team' && lock.targetId !== null && member.teamIds.includes(lock.targetId)) ||
      (lock.scope === 'pupil' && lock.targetId === member.userId),
  );
}

/** Pupils write in their own teams' spaces and in the diaries of the mobilities they travel on. */
function pupilWritesIn(member: Member, resource: InSpace): boolean {
  if (member.role !== 'pupil') return false;
  if (resource.spaceKind === 'team') return resource.teamId !== null && member.teamIds.includes(resource.teamId);
  if (resource.spaceKind === 'mobility') return resource.mobilityId !== null && member.mobilityIds.includes(resource.mobilityId);
  return false;
}
