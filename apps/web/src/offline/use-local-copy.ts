import type { SaveState } from '@kopa/sync-client';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { LocalCopy } from './local-copy';

const OPENING: SaveState = { connection: 'connecting', pending: false };

/**
 * The save state of an item's local copy, live; `onRefused` runs once the server refused
 * its changes and their text is kept (the page then opens a fresh copy). The state changes
 * about twice a keystroke: a page that only shows it uses useCopyRefused and
 * CopySaveIndicator instead, and does not render again for it.
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
  useCopyRefused(copy, onRefused);
  return state;
}

/** Runs `onRefused` once the server refused the copy's changes and their text is kept (the page then opens a fresh copy). */
export function useCopyRefused(copy: LocalCopy | null, onRefused?: () => void): void {
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
}
