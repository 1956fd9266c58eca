import type { ItemPublicState } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { useAccessChanged } from '../live/use-access-changed';
import { showcaseApi } from './showcase-api';

/** Where an item stands with the public, fetched when the page opens and again when rights change. */
export function useItemPublic(itemId: string) {
  const [state, setState] = useState<ItemPublicState | null>(null);
  const reload = useCallback(
    (): Promise<void> =>
      showcaseApi.itemState(itemId).then(setState, () => {
        // Nothing to show (offline, or the item went): the control stays away rather than say something untrue.
        setState(null);
      }),
    [itemId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  useAccessChanged(() => void reload());
  return { state, setState, reload };
}
