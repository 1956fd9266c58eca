import type { LiveLock, LiveParticipant } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { lockWhere, lockWho, type LockNames } from './lock-description';

/** A stand-in translator: the id and its values, to see which sentence was chosen with what. */
const t = (id: string, values?: Record<string, unknown>) => (values ? `${id} ${JSON.stringify(values)}` : id);

const names: LockNames = {
  teams: new Map([['otters', 'Otters']]),
  participants: [{ userId: 'lena', displayName: 'Lena' } as LiveParticipant],
  items: new Map([['doc1', 'Map']]),
  spaceName: 'Harbour',
};

const lock = (over: Partial<LiveLock>): LiveLock => ({ id: 'l', scope: 'everyone', targetId: null, itemId: null, byUserId: 't', byName: 'Carmen', at: 1, ...over });

describe('lock descriptions', () => {
  it('names whom a lock holds', () => {
    expect(lockWho(lock({}), names, t)).toBe('live.locks.listEveryone');
    expect(lockWho(lock({ scope: 'team', targetId: 'otters' }), names, t)).toBe('live.locks.team {"name":"Otters"}');
    expect(lockWho(lock({ scope: 'team', targetId: 'gone' }), names, t)).toBe('live.locks.team {"name":"live.locks.someTeam"}');
    expect(lockWho(lock({ scope: 'pupil', targetId: 'lena' }), names, t)).toBe('Lena');
    expect(lockWho(lock({ scope: 'pupil', targetId: 'gone' }), names, t)).toBe('live.locks.somePupil');
  });

  it('names where', () => {
    expect(lockWhere(lock({}), names, t)).toBe('live.locks.wholeSpace {"space":"Harbour"}');
    expect(lockWhere(lock({ itemId: 'doc1' }), names, t)).toBe('live.locks.item {"title":"Map"}');
    expect(lockWhere(lock({ itemId: 'gone' }), names, t)).toBe('live.locks.someItem');
  });
});
