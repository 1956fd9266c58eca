import type { SupervisedItem } from '@kopa/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { keepOrder } from './live-supervision';
import type { LiveSessionApi } from './use-live-session';

/** How often the overview asks again while it is shown (it is asked for, never pushed). */
export const OVERVIEW_REFRESH_MS = 5_000;

/** The least time between two questions: a busy lesson changes its state many times a second. */
const MIN_GAP_MS = 1_000;

const pause = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

export interface LiveOverview {
  /** Every item the lesson covers, in a steady order; null until the first answer. */
  items: SupervisedItem[] | null;
  /** Why the latest try failed (an ack `code`); null once one works. */
  problem: string | null;
}

/**
 * A host's live overview of the lesson (`live:overview`): asked right away, every
 * few seconds while the page is visible, and whenever the lesson's state changes
 * (`stateVersion`: someone opened an item, a lock, a new participant). Never two
 * questions at once; a change that comes meanwhile asks once more afterwards.
 */
export function useLiveOverview(send: LiveSessionApi['send'], sessionId: string, stateVersion: number): LiveOverview {
  const [loaded, setLoaded] = useState<{ sessionId: string; items: SupervisedItem[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const asking = useRef(false);
  const askAgain = useRef(false);
  const mounted = useRef(false);

  const ask = useCallback(async () => {
    if (asking.current) {
      askAgain.current = true;
      return;
    }
    asking.current = true;
    try {
      do {
        askAgain.current = false;
        const startedAt = Date.now();
        const ack = await send('live:overview', {});
        if (!mounted.current) return;
        if (ack.ok) {
          setLoaded((previous) => ({ sessionId, items: keepOrder(previous?.sessionId === sessionId ? previous.items : null, ack.items) }));
          setProblem(null);
        } else {
          setProblem(ack.code ?? 'internal');
        }
        if (askAgain.current) await pause(Math.max(0, startedAt + MIN_GAP_MS - Date.now()));
      } while (askAgain.current && mounted.current);
    } finally {
      asking.current = false;
    }
  }, [send, sessionId]);

  // Every few seconds while the tab is visible; at once when it becomes visible again.
  useEffect(() => {
    mounted.current = true;
    const askIfVisible = () => {
      if (document.visibilityState === 'visible') void ask();
    };
    const timer = window.setInterval(askIfVisible, OVERVIEW_REFRESH_MS);
    document.addEventListener('visibilitychange', askIfVisible);
    return () => {
      mounted.current = false;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', askIfVisible);
    };
  }, [ask]);

  // Right away, and after each change of the lesson's state.
  useEffect(() => {
    void ask();
  }, [ask, stateVersion]);

  return { items: loaded?.sessionId === sessionId ? loaded.items : null, problem };
}
