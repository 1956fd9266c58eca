import type { LiveSessionAnnouncement } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { dropAnnouncement, invitations, mergeAnnouncements, sessionInSpace } from './live-announcements';

const session = (id: string, startedAt: number, spaceId = 's1', title = ''): LiveSessionAnnouncement => ({
  id,
  spaceId,
  spaceName: 'Harbour',
  title,
  startedBy: 'u-carmen',
  startedByName: 'Carmen',
  startedAt,
});

describe('announcements', () => {
  it('merges the REST list and pushed announcements once each, oldest first', () => {
    const list = mergeAnnouncements([session('b', 20)], [session('a', 10), session('b', 20, 's1', 'Maps')]);
    expect(list.map((s) => [s.id, s.title])).toEqual([
      ['a', ''],
      ['b', 'Maps'],
    ]);
    expect(dropAnnouncement(list, 'a').map((s) => s.id)).toEqual(['b']);
  });

  it('offers only sessions one is not in and has not put off', () => {
    const list = [session('a', 1), session('b', 2), session('c', 3)];
    expect(invitations(list, 'a', new Set(['c'])).map((s) => s.id)).toEqual(['b']);
  });

  it('finds the session of a space', () => {
    const list = [session('a', 1, 's1'), session('b', 2, 's2'), session('c', 3, 's1')];
    expect(sessionInSpace(list, 's1')?.id).toBe('c');
    expect(sessionInSpace(list, 's3')).toBeNull();
  });
});
