import { useEffect, useRef } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { sharedViewport, viewOfViewport, viewportForView } from './live-board-view';
import { useLive } from './live-context';

/** How long a spotlight's view waits for the canvas to be ready (a wall has none: it gives up). */
const WAIT_FRAMES = 180;

/**
 * A board page's part in a lesson. For hosts: "Bring everyone here" can read
 * this board's view (the canvas shares it in awareness). For participants: a
 * spotlight on this board with a view shows that view, once per spotlight, after
 * the canvas has shown the whole board on arrival.
 */
export function useLiveBoard(itemId: string, provider: WebsocketProvider | null, synced: boolean): void {
  const live = useLive();
  const registry = live?.boardViews ?? null;

  useEffect(() => {
    if (!registry || !provider) return;
    return registry.register(itemId, () => {
      const viewport = sharedViewport(provider.awareness.getLocalState());
      return viewport ? viewOfViewport(viewport) : null;
    });
  }, [registry, itemId, provider]);

  const state = live?.session?.state;
  const spotlight = state && !state.youHost && state.spotlight?.itemId === itemId ? state.spotlight : null;
  // Plain values: the effect runs for a new spotlight, not for every new state.
  const at = spotlight?.view ? spotlight.at : null;
  const viewKey = spotlight?.view ? JSON.stringify(spotlight.view) : '';
  const shown = useRef<number | null>(null);

  useEffect(() => {
    if (at === null || !viewKey || !synced || !provider || shown.current === at) return;
    const view = JSON.parse(viewKey) as { x: number; y: number; zoom: number };
    let frames = 0;
    let handle = 0;
    const show = () => {
      const canvas = window.__kopaBoard;
      // The canvas shares its view (with its size) once it has fitted the board: then ours goes on top.
      const current = sharedViewport(provider.awareness.getLocalState());
      if (canvas && current) {
        canvas.setViewport(viewportForView(view, current));
        shown.current = at;
        return;
      }
      if (++frames < WAIT_FRAMES) handle = requestAnimationFrame(show);
    };
    handle = requestAnimationFrame(show);
    return () => cancelAnimationFrame(handle);
  }, [at, viewKey, synced, provider]);
}
