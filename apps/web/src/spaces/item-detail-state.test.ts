import type { ItemDetail } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { shownItem } from './item-detail-state';

const board = (locked: boolean): ItemDetail => ({
  id: 'b1',
  type: 'board',
  title: 'Plans',
  docId: 'd1',
  canEdit: !locked,
  canModerate: false,
  archived: false,
  locked,
  space: { id: 's1', title: 'Welcome', kind: 'team' },
});

describe('shownItem', () => {
  it('is loading until the first answer comes', () => {
    expect(shownItem(null, 'b1', 0)).toEqual({ status: 'loading' });
  });

  it('keeps showing the item while it is fetched again (a lock must not tear the board down), then the new answer', () => {
    const first = { itemId: 'b1', attempt: 0, loaded: { status: 'ready' as const, item: board(false) } };
    expect(shownItem(first, 'b1', 0)).toBe(first.loaded);
    expect(shownItem(first, 'b1', 1)).toBe(first.loaded);
    const second = { itemId: 'b1', attempt: 1, loaded: { status: 'ready' as const, item: board(true) } };
    expect(shownItem(second, 'b1', 1)).toEqual({ status: 'ready', item: board(true) });
  });

  it('never shows one item for another, nor an old failure as the answer to a retry', () => {
    const other = { itemId: 'b0', attempt: 0, loaded: { status: 'ready' as const, item: board(false) } };
    expect(shownItem(other, 'b1', 0)).toEqual({ status: 'loading' });
    const failed = { itemId: 'b1', attempt: 0, loaded: { status: 'failed' as const, error: new Error('offline') } };
    expect(shownItem(failed, 'b1', 0)).toBe(failed.loaded);
    expect(shownItem(failed, 'b1', 1)).toEqual({ status: 'loading' });
  });
});
