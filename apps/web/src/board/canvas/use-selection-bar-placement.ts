import type { Box } from '@kopa/board';
import { useLayoutEffect, type RefObject } from 'react';
import { boardToScreen } from '../viewport';
import { DOCK_BELOW_WIDTH, placeSelectionBar, type Size } from './selection-bar-placement';
import type { ViewportStore } from './viewport-store';

interface BarElements {
  /** The layer holding the selection's bar (absolutely placed in the stage). */
  bar: RefObject<HTMLElement | null>;
  /** The stacks of floating controls along the stage's top (hints) and bottom (zoom): the bar keeps clear of them. */
  top: RefObject<HTMLElement | null>;
  bottom: RefObject<HTMLElement | null>;
}

/**
 * Keeps the selection's bar beside the selection as it moves and the view pans
 * and zooms (see placeSelectionBar), straight on the DOM like the viewport
 * itself: no React render per frame. Sizes come from ResizeObservers, so a frame
 * of panning reads no layout.
 */
export function useSelectionBarPlacement(elements: BarElements, store: ViewportStore, selection: Box | null): void {
  const { bar: barRef, top: topRef, bottom: bottomRef } = elements;
  useLayoutEffect(() => {
    const bar = barRef.current;
    if (!bar || !selection) return;
    const measured = { bar: sizeOf(bar), top: insetTop(topRef.current), bottom: 0, height: -1 };
    let docked = bar.hasAttribute('data-docked');

    const place = () => {
      const viewport = store.get();
      const stage = { width: viewport.width, height: viewport.height };
      if (stage.height !== measured.height) {
        // The board changed size: the bottom stack moved with its bottom edge.
        measured.height = stage.height;
        measured.bottom = insetBottom(bottomRef.current, stage.height);
      }
      const dock = stage.width < DOCK_BELOW_WIDTH;
      if (dock !== docked) {
        docked = dock;
        // Docked, the bar spans the board (its buttons wrap): measured again in that shape.
        bar.toggleAttribute('data-docked', dock);
        measured.bar = sizeOf(bar);
      }
      const corner = boardToScreen(viewport, { x: selection.x, y: selection.y });
      const placement = placeSelectionBar({
        stage,
        bar: measured.bar,
        selection: { x: corner.x, y: corner.y, w: selection.w * viewport.zoom, h: selection.h * viewport.zoom },
        insets: { top: measured.top, bottom: measured.bottom },
        docked,
      });
      bar.style.transform = `translate(${Math.round(placement.x)}px, ${Math.round(placement.y)}px)`;
      bar.dataset.side = placement.side;
    };

    place();
    const observer = new ResizeObserver(() => {
      measured.bar = sizeOf(bar);
      measured.top = insetTop(topRef.current);
      measured.bottom = insetBottom(bottomRef.current, store.get().height);
      place();
    });
    observer.observe(bar);
    if (topRef.current) observer.observe(topRef.current);
    if (bottomRef.current) observer.observe(bottomRef.current);
    const unsubscribe = store.subscribe(place);
    return () => {
      unsubscribe();
      observer.disconnect();
    };
  }, [barRef, topRef, bottomRef, store, selection]);
}

function sizeOf(element: HTMLElement): Size {
  return { width: element.offsetWidth, height: element.offsetHeight };
}

/** How far down the top stack reaches (nothing when it is empty). */
function insetTop(element: HTMLElement | null): number {
  return element && element.offsetHeight > 0 ? element.offsetTop + element.offsetHeight : 0;
}

/** How far up from the stage's bottom the bottom stack reaches. */
function insetBottom(element: HTMLElement | null, stageHeight: number): number {
  return element && element.offsetHeight > 0 ? stageHeight - element.offsetTop : 0;
}
