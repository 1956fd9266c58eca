import type { LiveCommand } from './live-schemas.js';
import type { Member } from './permissions.js';
import { isStaffRole } from './roles.js';

/**
 * Who may send which live-session command. Pure, like can(): the server loads the
 * member, knows whether they host the session, and asks. Being in the session at
 * all (reading its space) is can(member, 'read', space), asked before this.
 */

/** The sender as the session sees them. */
export interface LiveActor {
  member: Member;
  /** Started the session or was made a co-host. */
  host: boolean;
}

type Who =
  /** A teacher or coordinator (who must also be allowed to moderate the space). */
  | 'staff'
  /** Anyone in the session, guests included. */
  | 'participant'
  /** Anyone in the session who takes part: not guests. */
  | 'speaker'
  /** A host of the session; when the command names a pupil, a host who looks after that pupil. */
  | 'host';

const WHO: Record<LiveCommand, Who> = {
  'live:start': 'staff',
  'live:join': 'participant',
  'live:leave': 'participant',
  'live:open': 'participant',
  'live:hand': 'speaker',
  'live:poll-vote': 'speaker',
  'live:chat-send': 'speaker',
  'live:cohost': 'host',
  'live:lock': 'host',
  'live:unlock': 'host',
  'live:spotlight': 'host',
  'live:release': 'host',
  'live:lower-hands': 'host',
  'live:timer': 'host',
  'live:poll-create': 'host',
  'live:poll-close': 'host',
  'live:poll-reveal': 'host',
  'live:chat-delete': 'host',
  'live:chat-settings': 'host',
  'live:mute': 'host',
  'live:overview': 'host',
  'live:revert': 'host',
  'live:end': 'host',
};

/** Commands that are always about one pupil: they need `pupil`. */
const ABOUT_A_PUPIL: ReadonlySet<LiveCommand> = new Set(['live:mute', 'live:revert']);

/**
 * May `actor` send `command`? For a command about one pupil (mute, revert, a lock
 * or unlock of one pupil) pass that pupil: each school's teacher moderates their
 * own pupils, the coordinator everyone's. Any host locks a team or everyone.
 */
export function canLive(actor: LiveActor, command: LiveCommand, pupil?: Member | null): boolean {
  const { member } = actor;
  if (!member.active) return false;
  switch (WHO[command]) {
    case 'staff':
      return isStaffRole(member.role);
    case 'participant':
      return true;
    case 'speaker':
      return member.role !== 'guest';
    case 'host':
      if (!actor.host || !isStaffRole(member.role)) return false;
      if (pupil !== undefined) return pupil !== null && looksAfter(member, pupil);
      return !ABOUT_A_PUPIL.has(command);
  }
}

/** A teacher looks after the pupils of their school; a coordinator after every pupil of the partnership. */
export function looksAfter(staff: Member, pupil: Member): boolean {
  if (pupil.role !== 'pupil' || pupil.partnershipId !== staff.partnershipId) return false;
  return staff.role === 'coordinator' || (staff.role === 'teacher' && staff.schoolId !== null && staff.schoolId === pupil.schoolId);
}
