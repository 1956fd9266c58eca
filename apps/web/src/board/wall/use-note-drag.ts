import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { edgeScroll } from './edge-scroll';
import type { WallColumn } from './wall-columns';
import { dropIndex, placeAt, type NotePlacement } from './wall-moves';

/** A note being dragged: where the pointer is, how the note hangs from it, where it would land. */
export interface NoteDrag {
  noteId: string;
  x: number;
  y: number;
  offsetX: number;
  offsetY: number;
  width: number;
  placement: NotePlacement | null;
}

/** Pointer travel (px) before a press on the handle becomes a drag. */
const THRESHOLD = 6;

/**
 * Dragging notes by their handle with a mouse, finger or pen (pointer events,
 * so touch works too). The wall scrolls when the note is held near its edge;
 * on a phone a note dropped on a column's name in the switcher goes to that
 * column's end. Escape puts it back.
 */
export function useNoteDrag(options: {
  columns: readonly WallColumn[];
  root: RefObject<HTMLElement | null>;
  scroller: RefObject<HTMLElement | null>;
  onDrop(noteId: string, placement: NotePlacement): void;
}) {
  const [drag, setDrag] = useState<NoteDrag | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const cleanup = useRef<(() => void) | null>(null);
  useEffect(() => () => cleanup.current?.(), []);

  const locate = (noteId: string, x: number, y: number): NotePlacement | null => {
    const { columns, root } = latest.current;
    const pill = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-pill]');
    if (pill) return placeAt(columns, noteId, Number(pill.dataset.pill), Number.POSITIVE_INFINITY);
    const columnElements = [...(root.current?.querySelectorAll<HTMLElement>('[data-column-index]') ?? [])];
    // The column under the pointer, or the nearest one: forgiving for small screens and shaky hands.
    let best: { element: HTMLElement; distance: number } | null = null;
    for (const element of columnElements) {
      const box = element.getBoundingClientRect();
      const distance = x < box.left ? box.left - x : x > box.right ? x - box.right : 0;
      if (!best || distance < best.distance) best = { element, distance };
    }
    if (!best) return null;
    const middles = [...best.element.querySelectorAll<HTMLElement>('[data-note]')]
      .filter((element) => element.dataset.note !== noteId)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return box.top + box.height / 2;
      });
    return placeAt(columns, noteId, Number(best.element.dataset.columnIndex), dropIndex(middles, y));
  };

  const start = (event: ReactPointerEvent<HTMLElement>, noteId: string) => {
    if (event.button !== 0 || cleanup.current) return;
    const handle = event.currentTarget;
    const note = handle.closest<HTMLElement>('[data-note]');
    if (!note) return;
    const box = note.getBoundingClientRect();
    const origin = { x: event.clientX, y: event.clientY };
    let pointer = origin;
    let current: NoteDrag | null = null;
    let frame = 0;
    handle.setPointerCapture(event.pointerId);

    const update = () => {
      if (!current) return;
      current = { ...current, x: pointer.x, y: pointer.y, placement: locate(noteId, pointer.x, pointer.y) };
      setDrag(current);
    };
    // Held near the wall's edge: scroll it, frame by frame, and look again where the note would land.
    const scrollFrame = () => {
      const scroller = latest.current.scroller.current;
      const box = scroller?.getBoundingClientRect();
      // Only over the wall itself: held over the column switcher above it, nothing scrolls.
      if (current && scroller && box && pointer.y >= box.top && pointer.y <= box.bottom) {
        const { dx, dy } = edgeScroll(box, pointer);
        if (dx || dy) {
          scroller.scrollBy(dx, dy);
          update();
        }
      }
      frame = requestAnimationFrame(scrollFrame);
    };
    const onMove = (move: PointerEvent) => {
      if (move.pointerId !== event.pointerId) return;
      pointer = { x: move.clientX, y: move.clientY };
      if (!current) {
        if (Math.hypot(pointer.x - origin.x, pointer.y - origin.y) < THRESHOLD) return;
        current = { noteId, x: 0, y: 0, offsetX: origin.x - box.left, offsetY: origin.y - box.top, width: box.width, placement: null };
        frame = requestAnimationFrame(scrollFrame);
      }
      update();
    };
    const finish = (drop: boolean) => {
      const done = current;
      cleanup.current?.();
      if (drop && done?.placement) latest.current.onDrop(noteId, done.placement);
    };
    const onUp = (up: PointerEvent) => {
      if (up.pointerId === event.pointerId) finish(true);
    };
    const onCancel = () => finish(false);
    const onKey = (key: KeyboardEvent) => {
      if (key.key !== 'Escape' || !current) return;
      key.preventDefault();
      finish(false);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
    handle.addEventListener('pointercancel', onCancel);
    window.addEventListener('keydown', onKey, true);
    cleanup.current = () => {
      cancelAnimationFrame(frame);
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
      handle.removeEventListener('pointercancel', onCancel);
      window.removeEventListener('keydown', onKey, true);
      if (handle.hasPointerCapture(event.pointerId)) handle.releasePointerCapture(event.pointerId);
      cleanup.current = null;
      current = null;
      setDrag(null);
    };
  };

  return { drag, start };
}
