import type { SaveState } from '@kopa/sync-client';
import { useLayoutEffect, useRef, useState } from 'react';
import type { LocalCopy } from './local-copy';
import { SAVED_SETTLE_MS, saveStatus, waitsToSettle, type SaveStatus } from './save-status';

const OPENING: SaveState = { connection: 'connecting', pending: false };

/**
 * What a local copy's save indicator shows, as SaveIndicator decides it ("Saving…" lingers until
 * the copy has been saved for SAVED_SETTLE_MS; "saved" is never said early), worked out as the
 * copy changes rather than while rendering: the copy changes about twice a keystroke (unsaved,
 * then confirmed), and the indicator renders again only when what it shows changes.
 */
export function useShownSaveStatus(copy: LocalCopy | null, canEdit: boolean): SaveStatus {
  const [shown, setShown] = useState<SaveStatus>(() => saveStatus(copy?.current ?? OPENING, canEdit));
  const shownNow = useRef(shown);

  // Before the browser paints: a new copy (or new rights) never shows the old status for a frame.
  useLayoutEffect(() => {
    let timer: number | undefined;
    const show = (status: SaveStatus) => {
      shownNow.current = status;
      setShown(status);
    };
    const follow = () => {
      const actual = saveStatus(copy?.current ?? OPENING, canEdit);
      if (waitsToSettle(shownNow.current, actual)) {
        // Saved for a moment without a new change: now say so.
        timer ??= window.setTimeout(() => {
          timer = undefined;
          show('saved');
        }, SAVED_SETTLE_MS);
        return;
      }
      window.clearTimeout(timer);
      timer = undefined;
      if (shownNow.current !== actual) show(actual);
    };
    follow();
    copy?.on('change', follow);
    return () => {
      copy?.off('change', follow);
      window.clearTimeout(timer);
    };
  }, [copy, canEdit]);

  return shown;
}
