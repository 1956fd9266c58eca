import type { ItemDetail } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { kopaApi } from '../api/kopa-api';
import { useAccessChanged } from '../live/use-access-changed';

export type LoadedItem = { status: 'loading' } | { status: 'ready'; item: ItemDetail } | { status: 'failed'; error: unknown };

/**
 * One item (document, board) with its space, loaded for a page that opens it, and
 * loaded again when asked or when the caller's rights change (locked, archived, moved out of a team).
 */
export function useItemDetail(itemId: string): { loaded: LoadedItem; reload(): void } {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; loaded: LoadedItem } | null>(null);
  const key = `${itemId}#${attempt}`;
  useEffect(() => {
    kopaApi.item(itemId).then(
      (item) => setResult({ key, loaded: { status: 'ready', item } }),
      (error: unknown) => setResult({ key, loaded: { status: 'failed', error } }),
    );
  }, [itemId, key]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useAccessChanged(reload);
  // A result for another item (or an earlier attempt) means this one is still loading.
  return { loaded: result?.key === key ? result.loaded : { status: 'loading' }, reload };
}
