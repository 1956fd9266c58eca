import type { ItemSummary } from '@kopa/protocol';

/** The space's items with the listed (not archived) ones first: archived items keep their place after them. */
export function activeItems(items: readonly ItemSummary[]): ItemSummary[] {
  return items.filter((item) => !item.archived);
}

export function archivedItems(items: readonly ItemSummary[]): ItemSummary[] {
  return items.filter((item) => item.archived);
}

/**
 * The items with one listed item moved a step up (-1) or down (+1) among the
 * listed ones, archived items after them; null when it cannot move that way.
 */
export function moveItem(items: readonly ItemSummary[], itemId: string, by: -1 | 1): ItemSummary[] | null {
  const listed = activeItems(items);
  const from = listed.findIndex((item) => item.id === itemId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= listed.length) return null;
  const order = [...listed];
  const [moving] = order.splice(from, 1);
  order.splice(to, 0, moving!);
  return [...order, ...archivedItems(items)];
}
