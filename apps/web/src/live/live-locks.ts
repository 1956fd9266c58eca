import { isStaffRole, lockedOut, type LiveLock, type LiveSessionState, type Member, type Role, type SpaceKind } from '@kopa/protocol';

/** Who is looking, as far as locks care: their id, role and (from the roster) their teams. */
export interface LockViewer {
  id: string;
  role: Role;
}

/** The locks that cover one item: those naming it, and those on the whole space (itemId null). */
export function locksCovering(locks: readonly LiveLock[], itemId: string | null): LiveLock[] {
  return locks.filter((lock) => lock.itemId === null || lock.itemId === itemId);
}

/**
 * The session's locks that keep this viewer from editing `itemId` (an item of the
 * session's space; null: only what holds them in the whole space), oldest first.
 * The same rule as the server's `lockedOut`: everyone, a team the viewer is in
 * (their teams come from the roster), or the viewer by name. Locks never hold
 * staff back, and guests never edit anyway.
 */
export function locksOnMe(
  state: Pick<LiveSessionState, 'locks' | 'participants' | 'partnershipId'>,
  viewer: LockViewer,
  itemId: string | null,
): LiveLock[] {
  if (isStaffRole(viewer.role) || viewer.role === 'guest') return [];
  const self = state.participants.find((person) => person.userId === viewer.id);
  const member: Member = {
    userId: viewer.id,
    partnershipId: state.partnershipId,
    role: viewer.role,
    schoolId: self?.schoolId ?? null,
    teamIds: self?.teamIds ?? [],
    mobilityIds: [],
    active: true,
  };
  return locksCovering(state.locks, itemId)
    .filter((lock) => lockedOut(member, [lock]))
    .sort((a, b) => a.at - b.at);
}

/**
 * Does the session reach a page of this space? Its own space always; a session
 * on the partnership's space covers every space of the partnership (its locks
 * and its "keep them here" reach the teams' spaces too).
 */
export function sessionCovers(session: { spaceId: string; spaceKind: SpaceKind | null }, spaceId: string): boolean {
  return session.spaceId === spaceId || session.spaceKind === 'partnership';
}

/** Is there already a lock with exactly this target and place (so the button offers to undo it instead)? */
export function findLock(locks: readonly LiveLock[], rule: Pick<LiveLock, 'scope' | 'targetId' | 'itemId'>): LiveLock | undefined {
  return locks.find((lock) => lock.scope === rule.scope && lock.targetId === rule.targetId && lock.itemId === rule.itemId);
}
