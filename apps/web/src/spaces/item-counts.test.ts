import { describe, expect, it } from 'vitest';
import { itemCounts } from './item-counts';

describe('itemCounts', () => {
  it('counts each kind apart: a board is not a document', () => {
    expect(itemCounts([{ type: 'board' }, { type: 'doc' }, { type: 'post' }, { type: 'doc' }])).toEqual([
      { type: 'doc', count: 2 },
      { type: 'board', count: 1 },
      { type: 'post', count: 1 },
    ]);
    expect(itemCounts([{ type: 'board' }])).toEqual([{ type: 'board', count: 1 }]);
    expect(itemCounts([])).toEqual([]);
  });
});
