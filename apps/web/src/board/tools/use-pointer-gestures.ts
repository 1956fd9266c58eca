import { objectBounds, type BoardColor, type BoardModel, type BoardSnapshot, type BoardUndo, type Box } from '@kopa/board';
import { useEffect, type RefObject } from 'react';
import type { GesturePreview, Handle } from '../canvas/gesture-types';
import { boxFromPoints, objectIdAt, objectIdUnder, objectsInBox } from '../canvas/hit-test';
import { resizeBox, type BoxHandle } from '../canvas/resize-box';
import type { ViewportStore } from '../canvas/viewport-store';
import { screenToBoard, zoomAround, type Point, type Viewport } from '../viewport';
import { createFrameBatch } from './frame-batch';
import { newObjectAt, newObjectFromDrag, type DrawTool } from './new-objects';
import type { ToolId } from './tools';

/** What the gestures read and call; a ref, so the listeners stay put while it changes. */
export interface GestureContext {
  model: BoardModel;
  undo: BoardUndo;
  snapshot: BoardSnapshot;
  canEdit: boolean;
  tool: ToolId;
  color: BoardColor;
  selection: readonly string[];
  /** Space held: any drag pans, as in drawing programs. */
  spaceHeld: boolean;
  frameTitle: string;
  setSelection(ids: string[]): void;
  setTool(tool: ToolId): void;
  startEditing(id: string): void;
  setPreview(preview: GesturePreview | null): void;
  /** The user moved the view themselves (stops following someone). */
  setViewport(viewport: Viewport): void;
  publishCursor(point: Point | null): void;
  pickImage(at: Point): void;
}

type Gesture =
  | { kind: 'pan'; last: Point }
  | { kind: 'move'; ids: string[]; last: Point; startScreen: Point; moved: boolean; clicked: string; shift: boolean }
  | { kind: 'marquee'; start: Point; base: string[] }
  | { kind: 'resize'; id: string; handle: Handle; start: Box; origin: Point }
  | { kind: 'draw'; tool: DrawTool; start: Point; startScreen: Point; id: string | null }
  | { kind: 'pen'; id: string; origin: Point; count: number }
  | { kind: 'connect'; fromId: string }
  | { kind: 'place'; tool: 'note' | 'text'; startScreen: Point };

/** A pointer that moved less than this many pixels clicked rather than dragged. */
const DRAG_SLOP = 4;
const PEN_SIZE = 6;
const DRAW_TOOLS = new Set<ToolId>(['rect', 'ellipse', 'frame', 'line', 'arrow']);

/**
 * Every pointer gesture on the canvas: selecting, moving, resizing, drawing,
 * placing, connecting, panning (hand tool, space, middle button, one finger on
 * empty board with the hand tool) and pinching (two fingers), plus wheel and
 * trackpad (ctrl+wheel is a pinch). Native listeners: the wheel must be able to
 * prevent the page from scrolling, and a drag must not re-render React per event.
 */
export function usePointerGestures(element: RefObject<HTMLDivElement | null>, store: ViewportStore, context: RefObject<GestureContext>) {
  useEffect(() => {
    const root = element.current;
    if (!root) return;
    const touches = new Map<number, Point>();
    let gesture: Gesture | null = null;
    let activePointer: number | null = null;
    let pinch: { distance: number; middle: Point; viewport: Viewport } | null = null;

    // Work waiting for the next frame: one transaction per frame, whatever the pointer rate.
    let pendingMove = { dx: 0, dy: 0 };
    let pendingBox: { id: string; box: Box; resize: boolean } | null = null;
    let pendingPoints: number[] = [];
    const batch = createFrameBatch(() => {
      const ctx = context.current;
      if (gesture?.kind === 'move' && (pendingMove.dx !== 0 || pendingMove.dy !== 0)) {
        ctx.model.moveBy(gesture.ids, pendingMove.dx, pendingMove.dy);
        pendingMove = { dx: 0, dy: 0 };
      }
      if (pendingBox) {
        if (pendingBox.resize) ctx.model.resize(pendingBox.id, pendingBox.box);
        else ctx.model.update(pendingBox.id, pendingBox.box);
        pendingBox = null;
      }
      if (gesture?.kind === 'pen' && pendingPoints.length > 0) {
        ctx.model.addStrokePoints(gesture.id, pendingPoints);
        pendingPoints = [];
      }
    });

    const screenPoint = (event: { clientX: number; clientY: number }): Point => {
      const rect = root.getBoundingClientRect();
      return { x: event.clientX - rect.left, y: event.clientY - rect.top };
    };
    const boardPoint = (event: { clientX: number; clientY: number }) => screenToBoard(store.get(), screenPoint(event));

    const endGesture = (event: PointerEvent | null) => {
      const ctx = context.current;
      const current = gesture;
      gesture = null;
      activePointer = null;
      batch.flushNow();
      if (!current) return;
      switch (current.kind) {
        case 'move':
          // A click (no drag) on one of several selected objects selects just that one.
          if (!current.moved && !current.shift && ctx.selection.length > 1) ctx.setSelection([current.clicked]);
          break;
        case 'marquee':
          ctx.setPreview(null);
          break;
        case 'draw':
          if (current.id === null && event) {
            // A click with a drawing tool: an object of a friendly default size.
            const id = ctx.model.add(newObjectAt(current.tool, current.start, ctx.color, ctx.frameTitle));
            ctx.setSelection([id]);
            if (current.tool === 'frame') ctx.startEditing(id);
          } else if (current.id) {
            ctx.setSelection([current.id]);
            if (current.tool === 'frame') ctx.startEditing(current.id);
          }
          ctx.setTool('select');
          break;
        case 'pen':
          ctx.model.finishStroke(current.id);
          break;
        case 'connect': {
          ctx.setPreview(null);
          const target = event ? objectIdAt(document.elementFromPoint(event.clientX, event.clientY)) : null;
          const targetObject = target ? ctx.snapshot.byId.get(target) : undefined;
          if (target && target !== current.fromId && targetObject && targetObject.type !== 'connector') {
            const id = ctx.model.add({ type: 'connector', fromId: current.fromId, toId: target, color: ctx.color, arrow: true });
            ctx.setSelection([id]);
          }
          break;
        }
        case 'place': {
          if (!event) break;
          const id = ctx.model.add(newObjectAt(current.tool, boardPoint(event), ctx.color, ctx.frameTitle));
          ctx.setSelection([id]);
          ctx.startEditing(id);
          ctx.setTool('select');
          break;
        }
        default:
          break;
      }
      ctx.undo.stopCapturing();
    };

    const startPinch = () => {
      const [a, b] = [...touches.values()];
      if (!a || !b) return;
      // A second finger turns whatever the first began into a pinch.
      if (gesture) endGesture(null);
      pinch = {
        distance: Math.hypot(a.x - b.x, a.y - b.y) || 1,
        middle: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
        viewport: store.get(),
      };
    };

    const onPointerDown = (event: PointerEvent) => {
      const ctx = context.current;
      if (event.target instanceof Element && event.target.closest('[data-canvas-ui]')) return;
      const screen = screenPoint(event);
      if (event.pointerType === 'touch') {
        touches.set(event.pointerId, screen);
        if (touches.size === 2) {
          startPinch();
          return;
        }
        if (touches.size > 2) return;
      }
      if (gesture || (event.button !== 0 && event.button !== 1)) return;
      root.setPointerCapture(event.pointerId);
      activePointer = event.pointerId;
      const point = screenToBoard(store.get(), screen);
      const handle = event.target instanceof Element ? event.target.closest('[data-handle]')?.getAttribute('data-handle') : null;
      const hitId = objectIdAt(event.target);
      // Those who can only look (guests, a locked board) move the board by dragging its empty space.
      const tool = ctx.spaceHeld || event.button === 1 || (!ctx.canEdit && !hitId) ? 'hand' : ctx.tool;
      ctx.undo.stopCapturing();

      if (tool === 'hand') {
        gesture = { kind: 'pan', last: screen };
        return;
      }
      if (handle && ctx.canEdit && ctx.selection.length === 1) {
        const id = ctx.selection[0]!;
        const object = ctx.snapshot.byId.get(id);
        if (!object || object.type === 'connector') return;
        gesture = { kind: 'resize', id, handle: handle as Handle, start: { x: object.x, y: object.y, w: object.w, h: object.h }, origin: point };
        return;
      }
      if (!ctx.canEdit || tool === 'select') {
        if (hitId) {
          const selected = ctx.selection.includes(hitId);
          let ids: string[];
          if (event.shiftKey) ids = selected ? ctx.selection.filter((id) => id !== hitId) : [...ctx.selection, hitId];
          else ids = selected ? [...ctx.selection] : [hitId];
          ctx.setSelection(ids);
          if (ctx.canEdit && ids.includes(hitId)) {
            gesture = { kind: 'move', ids, last: point, startScreen: screen, moved: false, clicked: hitId, shift: event.shiftKey };
          }
          return;
        }
        const base = event.shiftKey ? [...ctx.selection] : [];
        if (!event.shiftKey) ctx.setSelection([]);
        gesture = { kind: 'marquee', start: point, base };
        return;
      }
      if (tool === 'note' || tool === 'text') {
        gesture = { kind: 'place', tool, startScreen: screen };
        return;
      }
      if (DRAW_TOOLS.has(tool)) {
        gesture = { kind: 'draw', tool: tool as DrawTool, start: point, startScreen: screen, id: null };
        return;
      }
      if (tool === 'pen') {
        const pressure = event.pointerType === 'pen' ? event.pressure : 0.5;
        const id = ctx.model.startStroke({ x: point.x, y: point.y, color: ctx.color, size: PEN_SIZE, points: [0, 0, pressure] });
        gesture = { kind: 'pen', id, origin: point, count: 3 };
        return;
      }
      if (tool === 'connector') {
        const from = hitId ? ctx.snapshot.byId.get(hitId) : undefined;
        if (hitId && from && from.type !== 'connector') gesture = { kind: 'connect', fromId: hitId };
        return;
      }
      if (tool === 'image') {
        ctx.pickImage(point);
        activePointer = null;
      }
    };

    const onPointerMove = (event: PointerEvent) => {
      const ctx = context.current;
      const screen = screenPoint(event);
      if (event.pointerType === 'touch' && touches.has(event.pointerId)) {
        touches.set(event.pointerId, screen);
        if (pinch && touches.size >= 2) {
          const [a, b] = [...touches.values()];
          if (!a || !b) return;
          const distance = Math.hypot(a.x - b.x, a.y - b.y) || 1;
          const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          const start = pinch.viewport;
          // Keep the board point first under the fingers' middle under it now.
          const zoomed = zoomAround(start, pinch.middle, (start.zoom * distance) / pinch.distance);
          ctx.setViewport({ ...zoomed, x: zoomed.x - (middle.x - pinch.middle.x) / zoomed.zoom, y: zoomed.y - (middle.y - pinch.middle.y) / zoomed.zoom });
          return;
        }
      }
      const point = screenToBoard(store.get(), screen);
      if (event.pointerType !== 'touch') ctx.publishCursor(point);
      if (!gesture || event.pointerId !== activePointer) return;
      switch (gesture.kind) {
        case 'pan': {
          const viewport = store.get();
          ctx.setViewport({ ...viewport, x: viewport.x - (screen.x - gesture.last.x) / viewport.zoom, y: viewport.y - (screen.y - gesture.last.y) / viewport.zoom });
          gesture.last = screen;
          break;
        }
        case 'move': {
          if (!gesture.moved && Math.hypot(screen.x - gesture.startScreen.x, screen.y - gesture.startScreen.y) < DRAG_SLOP) return;
          gesture.moved = true;
          pendingMove.dx += point.x - gesture.last.x;
          pendingMove.dy += point.y - gesture.last.y;
          gesture.last = point;
          batch.schedule();
          break;
        }
        case 'marquee': {
          const box = boxFromPoints(gesture.start, point);
          ctx.setPreview({ marquee: box });
          const inside = objectsInBox(ctx.snapshot, box);
          ctx.setSelection([...new Set([...gesture.base, ...inside])]);
          break;
        }
        case 'resize': {
          const dx = point.x - gesture.origin.x;
          const dy = point.y - gesture.origin.y;
          const object = ctx.snapshot.byId.get(gesture.id);
          if (!object) return;
          if (gesture.handle === 'start' || gesture.handle === 'end') {
            const { start } = gesture;
            const box =
              gesture.handle === 'end'
                ? { x: start.x, y: start.y, w: start.w + dx, h: start.h + dy }
                : { x: start.x + dx, y: start.y + dy, w: start.w - dx, h: start.h - dy };
            pendingBox = { id: gesture.id, box, resize: false };
          } else {
            const box = resizeBox(gesture.start, gesture.handle as BoxHandle, dx, dy, object.type === 'image' || event.shiftKey);
            pendingBox = { id: gesture.id, box, resize: true };
          }
          batch.schedule();
          break;
        }
        case 'draw': {
          if (gesture.id === null && Math.hypot(screen.x - gesture.startScreen.x, screen.y - gesture.startScreen.y) < DRAG_SLOP) return;
          const init = newObjectFromDrag(gesture.tool, gesture.start, point, ctx.color, ctx.frameTitle);
          if (gesture.id === null) {
            gesture.id = ctx.model.add(init);
          } else if ('w' in init) {
            pendingBox = { id: gesture.id, box: { x: init.x, y: init.y, w: init.w, h: init.h }, resize: false };
            batch.schedule();
          }
          break;
        }
        case 'pen': {
          const events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
          const samples = events.length > 0 ? events : [event];
          for (const sample of samples) {
            const at = boardPoint(sample);
            const pressure = sample.pointerType === 'pen' ? sample.pressure : 0.5;
            pendingPoints.push(at.x - gesture.origin.x, at.y - gesture.origin.y, pressure);
          }
          gesture.count += samples.length * 3;
          batch.schedule();
          // A very long line goes on as a new stroke rather than past the limit.
          if (gesture.count > 11_000) {
            batch.flushNow();
            ctx.model.finishStroke(gesture.id);
            const id = ctx.model.startStroke({ x: point.x, y: point.y, color: ctx.color, size: PEN_SIZE, points: [0, 0, 0.5] });
            gesture = { kind: 'pen', id, origin: point, count: 3 };
          }
          break;
        }
        case 'connect': {
          const from = ctx.snapshot.byId.get(gesture.fromId);
          if (!from) return;
          const bounds = objectBounds(from, ctx.snapshot);
          ctx.setPreview({ connect: { from: { x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2 }, to: point } });
          break;
        }
        default:
          break;
      }
    };

    const onPointerUp = (event: PointerEvent) => {
      if (event.pointerType === 'touch') {
        touches.delete(event.pointerId);
        if (pinch) {
          if (touches.size < 2) pinch = null;
          return;
        }
      }
      if (event.pointerId === activePointer) endGesture(event.type === 'pointercancel' ? null : event);
    };

    const onPointerLeave = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') context.current.publishCursor(null);
    };

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const ctx = context.current;
      const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? root.clientHeight : 1;
      const dx = event.deltaX * scale;
      const dy = event.deltaY * scale;
      const viewport = store.get();
      if (event.ctrlKey || event.metaKey) {
        // Trackpad pinches arrive as ctrl+wheel in small steps; a mouse wheel's notch (about 100) is
        // capped so that it zooms by about a quarter, not 2.7 times.
        const step = Math.max(-25, Math.min(25, dy));
        ctx.setViewport(zoomAround(viewport, screenPoint(event), viewport.zoom * Math.exp(-step * 0.01)));
      } else {
        const horizontal = event.shiftKey && dx === 0;
        ctx.setViewport({ ...viewport, x: viewport.x + (horizontal ? dy : dx) / viewport.zoom, y: viewport.y + (horizontal ? 0 : dy) / viewport.zoom });
      }
    };

    const onDoubleClick = (event: MouseEvent) => {
      const ctx = context.current;
      if (!ctx.canEdit || ctx.tool !== 'select') return;
      if (event.target instanceof Element && event.target.closest('[data-canvas-ui]')) return;
      // Double-clicking a note to fix a word must edit it, never add a note on top of it.
      const hitId = objectIdUnder(event.clientX, event.clientY);
      if (hitId) {
        ctx.setSelection([hitId]);
        ctx.startEditing(hitId);
        return;
      }
      // A double-click on empty board: a note right there, ready to write in.
      const id = ctx.model.add(newObjectAt('note', boardPoint(event), 'yellow', ctx.frameTitle));
      ctx.setSelection([id]);
      ctx.startEditing(id);
    };

    root.addEventListener('pointerdown', onPointerDown);
    root.addEventListener('pointermove', onPointerMove);
    root.addEventListener('pointerup', onPointerUp);
    root.addEventListener('pointercancel', onPointerUp);
    root.addEventListener('pointerleave', onPointerLeave);
    root.addEventListener('wheel', onWheel, { passive: false });
    root.addEventListener('dblclick', onDoubleClick);
    return () => {
      root.removeEventListener('pointerdown', onPointerDown);
      root.removeEventListener('pointermove', onPointerMove);
      root.removeEventListener('pointerup', onPointerUp);
      root.removeEventListener('pointercancel', onPointerUp);
      root.removeEventListener('pointerleave', onPointerLeave);
      root.removeEventListener('wheel', onWheel);
      root.removeEventListener('dblclick', onDoubleClick);
      if (gesture) endGesture(null);
    };
  }, [element, store, context]);
}
