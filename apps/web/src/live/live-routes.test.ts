import type { LiveSpotlight } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { followStep, itemFromPath, itemHref } from './live-routes';

const spotlight = (over: Partial<LiveSpotlight> = {}): LiveSpotlight => ({
  itemId: 'b1',
  itemType: 'board',
  title: 'Map',
  view: null,
  follow: false,
  byUserId: 't1',
  at: 100,
  ...over,
});

describe('itemHref and itemFromPath', () => {
  it('go both ways for every kind of item', () => {
    expect(itemHref('doc', 'd1')).toBe('/items/d1');
    expect(itemHref('board', 'b1')).toBe('/boards/b1');
    expect(itemHref('post', 'p1')).toBe('/posts/p1');
    expect(itemFromPath('/items/d1')).toEqual({ type: 'doc', itemId: 'd1' });
    expect(itemFromPath('/boards/b1/')).toEqual({ type: 'board', itemId: 'b1' });
    expect(itemFromPath('/posts/p1')).toEqual({ type: 'post', itemId: 'p1' });
  });

  it('finds no item on other pages', () => {
    expect(itemFromPath('/spaces/s1')).toBeNull();
    expect(itemFromPath('/')).toBeNull();
    expect(itemFromPath('/blog/p1')).toBeNull();
    expect(itemFromPath('/items/d1/extra')).toBeNull();
  });
});

describe('followStep', () => {
  const base = { path: '/spaces/s1', seenAt: null, host: false, keepable: true };

  it('brings a participant to a new spotlight once', () => {
    expect(followStep({ ...base, spotlight: spotlight() })).toEqual({ kind: 'bring', href: '/boards/b1', at: 100 });
    expect(followStep({ ...base, spotlight: spotlight(), seenAt: 100 })).toEqual({ kind: 'stay' });
  });

  it('only marks it seen when already there', () => {
    expect(followStep({ ...base, path: '/boards/b1', spotlight: spotlight() })).toEqual({ kind: 'bring', href: '', at: 100 });
  });

  it('brings them back while they are kept there', () => {
    const kept = spotlight({ follow: true });
    expect(followStep({ ...base, seenAt: 100, spotlight: kept })).toEqual({ kind: 'return', href: '/boards/b1' });
    expect(followStep({ ...base, seenAt: 100, path: '/boards/b1', spotlight: kept })).toEqual({ kind: 'stay' });
    expect(followStep({ ...base, seenAt: 100, keepable: false, spotlight: kept })).toEqual({ kind: 'stay' });
  });

  it('never moves hosts, nor anyone without a spotlight', () => {
    expect(followStep({ ...base, host: true, spotlight: spotlight({ follow: true }) })).toEqual({ kind: 'stay' });
    expect(followStep({ ...base, spotlight: null })).toEqual({ kind: 'stay' });
  });
});
