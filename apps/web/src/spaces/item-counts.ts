import type { ItemSummary, ItemType } from '@kopa/protocol';

/** How many of each kind a space holds, in a fixed order (documents, boards, blog posts), kinds it has none of left out. */
export function itemCounts(items: readonly Pick<ItemSummary, 'type'>[]): Array<{ type: ItemType; count: number }> {
  const order: readonly ItemType[] = ['doc', 'board', 'post'];
  return order.map((type) => ({ type, count: items.filter((item) => item.type === type).length })).filter((entry) => entry.count > 0);
}
