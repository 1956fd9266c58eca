import type { ItemDetail } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/api-client';
import { keptAnswer, shownItem } from './item-detail-state';

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

describe('keptAnswer', () => {
  const ready = { itemId: 'b1', attempt: 0, loaded: { status: 'ready' as const, item: board(false) } };
  const failing = (error: unknown) => ({ itemId: 'b1', attempt: 1, loaded: { status: 'failed' as const, error } });

  it('keeps the item shown when a refetch cannot reach the server (offline, server briefly unwell)', () => {
    expect(keptAnswer(ready, failing(new ApiRequestError(0, 'network', 'no network')))).toBe(ready);
    expect(keptAnswer(ready, failing(new ApiRequestError(503, 'offline_not_cached', 'not kept')))).toBe(ready);
    expect(shownItem(keptAnswer(ready, failing(new ApiRequestError(0, 'network', 'no network'))), 'b1', 1)).toBe(ready.loaded);
  });

  it('lets a real refusal through, and any failure when nothing was shown', () => {
    const gone = failing(new ApiRequestError(404, 'not_found', 'gone'));
    expect(keptAnswer(ready, gone)).toBe(gone);
    const forbidden = failing(new ApiRequestError(403, 'forbidden', 'no'));
    expect(keptAnswer(ready, forbidden)).toBe(forbidden);
    const offline = failing(new ApiRequestError(0, 'network', 'no network'));
    expect(keptAnswer(null, offline)).toBe(offline);
    expect(keptAnswer({ ...ready, itemId: 'b0' }, offline)).toBe(offline);
  });

  it('takes every answer that is not a failure', () => {
    const next = { itemId: 'b1', attempt: 1, loaded: { status: 'ready' as const, item: board(true) } };
    expect(keptAnswer(ready, next)).toBe(next);
  });
});
