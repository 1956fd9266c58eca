import type { ItemDetail } from '@kopa/protocol';

export type LoadedItem = { status: 'loading' } | { status: 'ready'; item: ItemDetail } | { status: 'failed'; error: unknown };

/** The last answer the server gave: for which item and which attempt. */
export interface ItemAnswer {
  itemId: string;
  attempt: number;
  loaded: LoadedItem;
}

/**
 * What a page shows of an item while answers come and go. The answer to this
 * attempt, when it is there; while the same item is fetched again (its rights
 * changed: locked, unlocked), the item already shown stays, so the page is not
 * torn down and built again (a board would lose its view); anything else is loading.
 */
export function shownItem(answer: ItemAnswer | null, itemId: string, attempt: number): LoadedItem {
  if (!answer || answer.itemId !== itemId) return { status: 'loading' };
  if (answer.attempt === attempt || answer.loaded.status === 'ready') return answer.loaded;
  return { status: 'loading' };
}
