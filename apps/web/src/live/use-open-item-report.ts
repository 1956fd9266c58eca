import type { ItemSummary } from '@kopa/protocol';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { itemFromPath } from './live-routes';
import type { LiveSessionApi } from './use-live-session';

/**
 * Tells the session which item this person has open (documents, boards and
 * posts the session covers: its space's, or any when it is on the partnership's
 * space; null on any other page), for the roster and the hosts' overview. Said
 * again after each join (a reconnection starts afresh).
 */
export function useOpenItemReport(live: Pick<LiveSessionApi, 'session' | 'send'>, spaceItems: ItemSummary[] | null, coversAll: boolean): void {
  const [location] = useLocation();
  const open = itemFromPath(location);
  // Until the space's items are known, an open item is reported as it is; the server checks it anyway.
  const inSpace = open !== null && (coversAll || spaceItems === null || spaceItems.some((item) => item.id === open.itemId));
  const itemId = inSpace ? open.itemId : null;
  const sessionId = live.session?.state.id ?? null;
  const joins = live.session?.joins ?? 0;
  const { send } = live;

  useEffect(() => {
    if (!sessionId) return;
    void send('live:open', { itemId });
  }, [sessionId, joins, itemId, send]);
}
