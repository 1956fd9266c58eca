import type { ItemSummary, SpaceKind } from '@kopa/protocol';
import { useEffect, useState } from 'react';
import { spaceApi } from '../spaces/space-api';
import { useAccessChanged } from './use-access-changed';

export interface SessionSpace {
  kind: SpaceKind;
  /** Its items (not archived): titles for the roster, places for locks. */
  items: ItemSummary[];
}

/**
 * The session's space: its kind (a lesson on the partnership's space covers
 * every space) and its items; fetched again when rights change (an item
 * archived, moved). Null while loading, or when it cannot be read.
 */
export function useSessionSpace(spaceId: string | null): SessionSpace | null {
  const [loaded, setLoaded] = useState<{ spaceId: string; space: SessionSpace } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useAccessChanged(() => setAttempt((n) => n + 1));

  useEffect(() => {
    if (!spaceId) return;
    let current = true;
    spaceApi.space(spaceId).then(
      (space) => {
        if (current) setLoaded({ spaceId, space: { kind: space.kind, items: space.items.filter((item) => !item.archived) } });
      },
      // Titles only: without them the roster says "another page" and locks offer the whole space.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [spaceId, attempt]);

  return loaded && loaded.spaceId === spaceId ? loaded.space : null;
}
