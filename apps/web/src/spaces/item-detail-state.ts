import type { ItemDetail } from '@kopa/protocol';
import { ApiRequestError } from '../api/api-client';

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

/**
 * The answer to keep after a fetch: a failure that passes (no network, the server briefly
 * unwell) keeps the item already shown, so a page being written in offline is not torn
 * down because a refetch could not reach the server (its rights are asked again when the
 * connection returns). A real refusal (403, 404) replaces it.
 */
export function keptAnswer(previous: ItemAnswer | null, next: ItemAnswer): ItemAnswer {
  if (next.loaded.status !== 'failed' || !previous || previous.itemId !== next.itemId || previous.loaded.status !== 'ready') return next;
  const error = next.loaded.error;
  return error instanceof ApiRequestError && error.passing ? previous : next;
}
