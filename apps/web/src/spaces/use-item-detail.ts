import { useCallback, useEffect, useState } from 'react';
import { kopaApi } from '../api/kopa-api';
import { useAccessChanged } from '../live/use-access-changed';
import { useBackOnline } from '../offline/use-back-online';
import { useItemChanged } from './use-item-changed';
import { keptAnswer, shownItem, type ItemAnswer, type LoadedItem } from './item-detail-state';

export type { LoadedItem } from './item-detail-state';

/**
 * One item (document, board) with its space, loaded for a page that opens it, and
 * loaded again when asked or when the caller's rights change (locked, archived, moved out of a team).
 * While it is loaded again, the page keeps what it shows (see shownItem), also when the
 * network is gone (see keptAnswer).
 */
export function useItemDetail(itemId: string): { loaded: LoadedItem; reload(): void } {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<ItemAnswer | null>(null);
  useEffect(() => {
    kopaApi.item(itemId).then(
      (item) => setAnswer({ itemId, attempt, loaded: { status: 'ready', item } }),
      // No network: the item shown stays (it may be being written in offline).
      (error: unknown) => setAnswer((previous) => keptAnswer(previous, { itemId, attempt, loaded: { status: 'failed', error } })),
    );
  }, [itemId, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useAccessChanged(reload);
  // Renamed, or given another language, by someone else: show it (the text's lang follows).
  useItemChanged({ itemId }, reload);
  // Rights may have changed while offline (a lock, a team change): ask again.
  useBackOnline(reload);
  return { loaded: shownItem(answer, itemId, attempt), reload };
}
