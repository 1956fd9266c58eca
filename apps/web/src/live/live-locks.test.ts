import type { LiveLock, LiveParticipant } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { findLock, locksCovering, locksOnMe, sessionCovers } from './live-locks';
import { participantFixture } from './live-participant-fixture';

const person = (userId: string, role: LiveParticipant['role'], teamIds: string[] = []) =>
  participantFixture(userId, { role, teamIds, schoolId: 's1', schoolName: 'School' });

const lock = (id: string, scope: LiveLock['scope'], targetId: string | null, itemId: string | null, at = 1): LiveLock => ({
  id,
  scope,
  targetId,
  itemId,
  byUserId: 't1',
  byName: 'Carmen',
  at,
});

const state = (locks: LiveLock[]) => ({
  partnershipId: 'p1',
  participants: [person('lena', 'pupil', ['otters']), person('toms', 'pupil', ['bears']), person('carmen', 'teacher')],
  locks,
});

describe('locksCovering', () => {
  it('keeps whole-space locks and the ones on this item', () => {
    const locks = [lock('a', 'everyone', null, null), lock('b', 'everyone', null, 'doc1'), lock('c', 'everyone', null, 'doc2')];
    expect(locksCovering(locks, 'doc1').map((l) => l.id)).toEqual(['a', 'b']);
    expect(locksCovering(locks, null).map((l) => l.id)).toEqual(['a']);
  });
});

describe('locksOnMe', () => {
  const lena = { id: 'lena', role: 'pupil' as const };

  it('matches everyone, my team from the roster, and me by name', () => {
    const locks = [
      lock('everyone', 'everyone', null, null, 3),
      lock('team', 'team', 'otters', null, 1),
      lock('other-team', 'team', 'bears', null),
      lock('me', 'pupil', 'lena', 'doc1', 2),
      lock('someone', 'pupil', 'toms', null),
    ];
    expect(locksOnMe(state(locks), lena, 'doc1').map((l) => l.id)).toEqual(['team', 'me', 'everyone']);
  });

  it('holds item locks to their item', () => {
    const locks = [lock('me', 'pupil', 'lena', 'doc1')];
    expect(locksOnMe(state(locks), lena, 'doc2')).toEqual([]);
  });

  it('never holds teachers or guests back', () => {
    const locks = [lock('everyone', 'everyone', null, null)];
    expect(locksOnMe(state(locks), { id: 'carmen', role: 'teacher' }, 'doc1')).toEqual([]);
    expect(locksOnMe(state(locks), { id: 'guest', role: 'guest' }, 'doc1')).toEqual([]);
  });

  it('knows no teams for a pupil missing from the roster', () => {
    const locks = [lock('team', 'team', 'otters', null)];
    expect(locksOnMe(state(locks), { id: 'late', role: 'pupil' }, 'doc1')).toEqual([]);
  });
});

describe('findLock', () => {
  it('finds a lock by who and where', () => {
    const locks = [lock('a', 'pupil', 'lena', null), lock('b', 'pupil', 'lena', 'doc1')];
    expect(findLock(locks, { scope: 'pupil', targetId: 'lena', itemId: 'doc1' })?.id).toBe('b');
    expect(findLock(locks, { scope: 'everyone', targetId: null, itemId: null })).toBeUndefined();
  });
});

describe('locksOnMe without an item', () => {
  it('keeps only the locks on the whole space', () => {
    const locks = [lock('space', 'pupil', 'lena', null), lock('item', 'pupil', 'lena', 'doc1')];
    expect(locksOnMe(state(locks), { id: 'lena', role: 'pupil' }, null).map((l) => l.id)).toEqual(['space']);
  });
});

describe('sessionCovers', () => {
  it('covers its own space, and every space from the partnership’s', () => {
    expect(sessionCovers({ spaceId: 's1', spaceKind: 'team' }, 's1')).toBe(true);
    expect(sessionCovers({ spaceId: 's1', spaceKind: 'team' }, 's2')).toBe(false);
    expect(sessionCovers({ spaceId: 's1', spaceKind: null }, 's2')).toBe(false);
    expect(sessionCovers({ spaceId: 'p', spaceKind: 'partnership' }, 's2')).toBe(true);
  });
});
