import type { SaveState } from '@kopa/sync-client';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { LocalCopy } from './local-copy';

const OPENING: SaveState = { connection: 'connecting', pending: false };

/**
 * The save state of an item's local copy, live; `onRefused` runs once the server refused
 * its changes and their text is kept (the page then opens a fresh copy).
 */
export function useLocalCopy(copy: LocalCopy | null, onRefused?: () => void): SaveState {
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!copy) return () => {};
      copy.on('change', listener);
      return () => copy.off('change', listener);
    },
    [copy],
  );
  const state = useSyncExternalStore(subscribe, () => copy?.current ?? OPENING);

  const latest = useRef(onRefused);
  useEffect(() => {
    latest.current = onRefused;
  }, [onRefused]);
  useEffect(() => {
    if (!copy) return;
    const refused = () => latest.current?.();
    copy.on('refused', refused);
    return () => copy.off('refused', refused);
  }, [copy]);

  return state;
}
