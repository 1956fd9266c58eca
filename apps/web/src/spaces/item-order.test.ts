import type { ItemSummary } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { moveItem } from './item-order';

const item = (id: string, archived = false): ItemSummary => ({ id, type: 'doc', title: id, docId: `doc-${id}`, canEdit: !archived, archived, locked: false });
const ids = (items: ItemSummary[] | null) => items?.map((entry) => entry.id) ?? null;

describe('moving an item', () => {
  const items = [item('a'), item('old', true), item('b'), item('c')];

  it('steps among the listed items, archived ones after them', () => {
    expect(ids(moveItem(items, 'b', -1))).toEqual(['b', 'a', 'c', 'old']);
    expect(ids(moveItem(items, 'b', 1))).toEqual(['a', 'c', 'b', 'old']);
  });

  it('stops at either end, and never moves archived or unknown items', () => {
    expect(moveItem(items, 'a', -1)).toBeNull();
    expect(moveItem(items, 'c', 1)).toBeNull();
    expect(moveItem(items, 'old', -1)).toBeNull();
    expect(moveItem(items, 'nope', 1)).toBeNull();
  });
});
