import type { ItemSummary, SpaceKind } from '@kopa/protocol';
import { useEffect, useRef, useState } from 'react';
import { spaceApi } from '../spaces/space-api';
import { SpaceItemsLoader } from './space-items-loader';
import { useAccessChanged } from './use-access-changed';

export interface SessionSpace {
  kind: SpaceKind;
  /** Its items (not archived): titles for the roster, places for locks. */
  items: ItemSummary[];
}

/**
 * The session's space: its kind (a lesson on the partnership's space covers
 * every space) and its items. Fetched again when rights change (an item
 * archived, moved), and when someone is on an item the list lacks (`onItems`:
 * the page this person has open, the items the roster shows people on), so a
 * board made during the lesson is known at once; each such item is asked about
 * once, and one fetch at a time. Null while loading, or when it cannot be read.
 */
export function useSessionSpace(spaceId: string | null, onItems: readonly string[]): SessionSpace | null {
  const [loaded, setLoaded] = useState<{ spaceId: string; space: SessionSpace } | null>(null);
  const loader = useRef<SpaceItemsLoader<SessionSpace> | null>(null);
  useAccessChanged(() => loader.current?.load());

  useEffect(() => {
    if (!spaceId) return;
    const current = new SpaceItemsLoader<SessionSpace>(
      () => spaceApi.space(spaceId).then((space) => ({ kind: space.kind, items: space.items.filter((item) => !item.archived) })),
      (space) => setLoaded({ spaceId, space }),
    );
    loader.current = current;
    current.load();
    return () => {
      current.stop();
      if (loader.current === current) loader.current = null;
    };
  }, [spaceId]);

  // One string, so a new state with the same people on the same items changes nothing.
  const wanted = [...new Set(onItems)].sort().join('\n');
  useEffect(() => {
    if (wanted) loader.current?.want(wanted.split('\n'));
  }, [wanted, spaceId]);

  return loaded && loaded.spaceId === spaceId ? loaded.space : null;
}
