import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Viewport } from '../viewport';
import type { ViewportStore } from './viewport-store';

/** After the last pan or zoom, this long before screen-space drawings are drawn again for the new view. */
const SETTLE_MS = 150;

/**
 * The viewport a screen-space drawing (the selection) was last drawn for. While
 * the live viewport moves on, a CSS transform on the element given `ref` keeps the drawing in
 * place instead of drawing it again each frame (a repaint per frame is slow on a
 * big board); once the view is still it is drawn afresh, sharp and exact.
 */
export function useDrawnViewport(store: ViewportStore): { viewport: Viewport; ref: RefObject<SVGSVGElement | null> } {
  const element = useRef<SVGSVGElement>(null);
  const [drawn, setDrawn] = useState(store.get);
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = (live: Viewport) => {
      const target = element.current;
      if (target) target.style.transform = transformBetween(drawn, live);
      clearTimeout(timer);
      timer = setTimeout(() => setDrawn(store.get()), SETTLE_MS);
    };
    const target = element.current;
    if (target) target.style.transform = '';
    // The view may have moved between this render and now.
    if (store.get() !== drawn) follow(store.get());
    const unsubscribe = store.subscribe(follow);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, drawn]);
  return { viewport: drawn, ref: element };
}

/** Moves what was drawn in screen space for `drawn` to where `live` shows it (transform-origin at the top left). */
export function transformBetween(drawn: Viewport, live: Viewport): string {
  const scale = live.zoom / drawn.zoom;
  return `translate(${(drawn.x - live.x) * live.zoom}px, ${(drawn.y - live.y) * live.zoom}px) scale(${scale})`;
}
