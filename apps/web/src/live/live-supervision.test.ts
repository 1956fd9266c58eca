import type { MemberSummary, SupervisedItem } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { excerptFor, itemsChangedBy, itemsInSpace, keepOrder, mayTakeBack, openByNames, overviewSpaces, personFacts, recentFirst } from './live-supervision';
import { participantFixture } from './live-participant-fixture';

const person = participantFixture;

const member = (userId: string, over: Partial<MemberSummary> = {}): MemberSummary => ({
  userId,
  username: userId,
  displayName: userId,
  role: 'pupil',
  schoolId: 'es',
  country: 'ES',
  active: true,
  ...over,
});

const item = (itemId: string, over: Partial<SupervisedItem> = {}): SupervisedItem => ({
  itemId,
  itemType: 'doc',
  title: itemId,
  spaceId: 's1',
  spaceName: 'Welcome',
  excerpt: '',
  thumbnailVersion: null,
  activity: [],
  openBy: [],
  ...over,
});

describe('personFacts', () => {
  it('knows people from the roster first, then from the members list', () => {
    const roster = [person('janis')];
    expect(personFacts('janis', roster, null)).toEqual({ userId: 'janis', role: 'pupil', schoolId: 'lv', active: true });
    expect(personFacts('lucia', roster, [member('lucia')])).toEqual({ userId: 'lucia', role: 'pupil', schoolId: 'es', active: true });
    expect(personFacts('lucia', roster, null)).toBeNull();
  });
});

describe('mayTakeBack', () => {
  const carmen = { userId: 'carmen', role: 'teacher' as const, schoolId: 'es', active: true };
  const ilze = { userId: 'ilze', role: 'coordinator' as const, schoolId: 'lv', active: true };
  const lucia = { userId: 'lucia', role: 'pupil' as const, schoolId: 'es', active: true };
  const janis = { userId: 'janis', role: 'pupil' as const, schoolId: 'lv', active: true };

  it('lets a teacher take back their own school’s pupils’ changes, and the coordinator everyone’s', () => {
    expect(mayTakeBack(carmen, lucia, 'p1')).toBe(true);
    expect(mayTakeBack(carmen, janis, 'p1')).toBe(false);
    expect(mayTakeBack(ilze, lucia, 'p1')).toBe(true);
    expect(mayTakeBack(ilze, janis, 'p1')).toBe(true);
  });

  it('never for teachers, unknown people or oneself', () => {
    expect(mayTakeBack(ilze, { ...carmen }, 'p1')).toBe(false);
    expect(mayTakeBack(carmen, null, 'p1')).toBe(false);
    expect(mayTakeBack(ilze, { ...ilze }, 'p1')).toBe(false);
    // A pupil is never a host who may.
    expect(mayTakeBack(lucia, janis, 'p1')).toBe(false);
  });
});

describe('openByNames', () => {
  it('names those in the roster, in order, and leaves out the rest', () => {
    const roster = [person('janis', { displayName: 'Jānis' }), person('lucia', { displayName: 'Lucía' })];
    expect(openByNames(['lucia', 'ghost', 'janis'], roster)).toEqual(['Lucía', 'Jānis']);
  });
});

describe('recentFirst', () => {
  it('puts the latest change first', () => {
    const activity = [
      { userId: 'a', displayName: 'A', lastAt: 1, changes: 1 },
      { userId: 'b', displayName: 'B', lastAt: 3, changes: 1 },
    ];
    expect(recentFirst(activity).map((entry) => entry.userId)).toEqual(['b', 'a']);
  });
});

describe('spaces of the overview', () => {
  const items = [item('a', { spaceId: 't2', spaceName: 'Team Sun' }), item('b'), item('c', { spaceId: 't1', spaceName: 'Team Moon' }), item('d')];

  it('lists each space once, by name', () => {
    expect(overviewSpaces(items, 'en').map((space) => space.spaceName)).toEqual(['Team Moon', 'Team Sun', 'Welcome']);
  });

  it('filters by space, keeping the order', () => {
    expect(itemsInSpace(items, 's1').map((entry) => entry.itemId)).toEqual(['b', 'd']);
    expect(itemsInSpace(items, null)).toHaveLength(4);
  });
});

describe('itemsChangedBy', () => {
  it('lists what one person changed, the latest first', () => {
    const items = [
      item('a', { activity: [{ userId: 'lucia', displayName: 'Lucía', lastAt: 10, changes: 1 }] }),
      item('b'),
      item('c', {
        activity: [
          { userId: 'janis', displayName: 'Jānis', lastAt: 50, changes: 2 },
          { userId: 'lucia', displayName: 'Lucía', lastAt: 30, changes: 4 },
        ],
      }),
    ];
    expect(itemsChangedBy(items, 'lucia').map((entry) => entry.itemId)).toEqual(['c', 'a']);
    expect(itemsChangedBy(items, 'nobody')).toEqual([]);
  });
});

describe('keepOrder', () => {
  it('takes the first answer as it is', () => {
    expect(keepOrder(null, [item('b'), item('a')]).map((entry) => entry.itemId)).toEqual(['b', 'a']);
  });

  it('keeps the places of the items already shown, adds new ones after, drops the gone', () => {
    const before = [item('a'), item('b'), item('c')];
    const next = [item('d'), item('c', { title: 'C, renamed' }), item('a')];
    const order = keepOrder(before, next);
    expect(order.map((entry) => entry.itemId)).toEqual(['a', 'c', 'd']);
    // The newest content, in the old place.
    expect(order[1]!.title).toBe('C, renamed');
  });
});

describe('excerptFor', () => {
  it('leaves out the title the text starts with', () => {
    expect(excerptFor({ title: 'Our first words', excerpt: 'Our first words Hello from Daugavpils' })).toBe('Hello from Daugavpils');
    expect(excerptFor({ title: 'Our map', excerpt: 'our map: Rīga and Gijón' })).toBe('Rīga and Gijón');
    expect(excerptFor({ title: 'Our first words', excerpt: 'Our first words' })).toBe('');
  });

  it('keeps the text when it only begins like the title', () => {
    expect(excerptFor({ title: 'Our map', excerpt: 'Our maps of Rīga' })).toBe('Our maps of Rīga');
    expect(excerptFor({ title: 'Notes', excerpt: 'Hello' })).toBe('Hello');
  });
});
