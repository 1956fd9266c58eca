import type { BoardModel, BoardSnapshot, BoardUndo } from '@kopa/board';
import { useEffect, type RefObject } from 'react';
import { tabStep, toggleFocused, type KeyboardSelection } from './keyboard-selection';
import { readingOrder } from './reading-order';
import { TOOLS, type ToolId } from './tools';

/** What the shortcuts read and do; a ref, so one listener serves every render. */
export interface KeyContext {
  model: BoardModel;
  undo: BoardUndo;
  snapshot: BoardSnapshot;
  canEdit: boolean;
  selection: readonly string[];
  /** The object Tab is on while gathering a selection (see keyboard-selection.ts). */
  focus: string | null;
  gathering: boolean;
  setSelection(ids: string[]): void;
  setKeyboardSelection(state: KeyboardSelection): void;
  /** C with two things selected: joins them with a connector; false when the selection is not two things. */
  connectSelection(): boolean;
  setTool(tool: ToolId): void;
  startEditing(id: string): void;
  /** Enter with a placing tool (Note, Rectangle, …) and nothing selected: places one in the middle of the view. */
  placeWithTool(): boolean;
  /** Brings an object into view (keyboard users cannot see where Tab went otherwise). */
  reveal(id: string): void;
  zoomBy(factor: number): void;
  zoomReset(): void;
  zoomFit(): void;
  /** Pans by screen pixels. */
  panBy(dx: number, dy: number): void;
  setSpaceHeld(held: boolean): void;
}

const STEP = 8;
const BIG_STEP = 32;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The board's keyboard: tool keys (V, H, N, …), undo/redo, zoom (+, −, 0,
 * Shift+1) and view panning anywhere on the page outside text fields; the keys
 * that act on the selection (Tab, Shift+Space, arrows, Enter, Delete, Ctrl+D,
 * Ctrl+[ ]) when the canvas has focus — so the whole board works without a
 * mouse. Copy, cut and paste are in use-board-clipboard.ts.
 */
export function useBoardKeys(canvas: RefObject<HTMLElement | null>, context: RefObject<KeyContext>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.defaultPrevented) return;
      const ctx = context.current;
      // Each command is its own undo step (a held arrow key still makes one).
      if (!(event.repeat && event.key in ARROWS)) ctx.undo.stopCapturing();
      const mod = event.ctrlKey || event.metaKey;
      const focused = canvas.current !== null && document.activeElement === canvas.current;
      const handled = () => event.preventDefault();
      const keyboardState = (): KeyboardSelection => ({ selection: ctx.selection, focus: ctx.focus, gathering: ctx.gathering });
      // Shift+Space (Ctrl+Space too, as in lists): keep the selection and add or take out the focused object.
      if (event.key === ' ' && (event.shiftKey || mod) && !event.altKey && focused) {
        handled();
        if (event.repeat) return;
        const next = toggleFocused(keyboardState());
        ctx.setKeyboardSelection(next);
        if (next.focus !== null) ctx.reveal(next.focus);
        return;
      }

      if (mod && !event.altKey) {
        const key = event.key.toLowerCase();
        if (key === 'z' && ctx.canEdit) {
          handled();
          if (event.shiftKey) ctx.undo.redo();
          else ctx.undo.undo();
          return;
        }
        if (key === 'y' && ctx.canEdit) {
          handled();
          ctx.undo.redo();
          return;
        }
        if (!focused) return;
        if (key === 'a') {
          handled();
          ctx.setSelection(ctx.snapshot.objects.map((object) => object.id));
          return;
        }
        if (!ctx.canEdit || ctx.selection.length === 0) return;
        if (key === 'd') {
          handled();
          ctx.setSelection(ctx.model.duplicate([...ctx.selection]));
          return;
        }
        if (event.code === 'BracketRight' || event.code === 'BracketLeft') {
          handled();
          const up = event.code === 'BracketRight';
          ctx.model.reorder([...ctx.selection], event.shiftKey ? (up ? 'front' : 'back') : up ? 'forward' : 'backward');
        }
        return;
      }

      if (event.key === ' ' && !event.repeat && (focused || document.activeElement === document.body)) {
        handled();
        ctx.setSpaceHeld(true);
        return;
      }
      if (event.key === '+' || event.key === '=') return (handled(), ctx.zoomBy(1.25));
      if (event.key === '-' || event.key === '_') return (handled(), ctx.zoomBy(0.8));
      if (event.key === '0' && !event.altKey) return (handled(), ctx.zoomReset());
      if (event.shiftKey && event.code === 'Digit1') return (handled(), ctx.zoomFit());

      if (!event.altKey && !event.shiftKey && event.key.length === 1) {
        // C joins two selected things; with any other selection it picks the Connector tool.
        if (event.key.toUpperCase() === 'C' && ctx.canEdit && ctx.connectSelection()) {
          handled();
          return;
        }
        const tool = TOOLS.find((info) => info.key === event.key.toUpperCase());
        if (tool && (ctx.canEdit || !tool.edits)) {
          handled();
          ctx.setTool(tool.id);
          return;
        }
      }

      if (!focused) return;
      const arrow = ARROWS[event.key];
      if (arrow) {
        handled();
        const step = event.shiftKey ? BIG_STEP : STEP;
        if (ctx.selection.length === 0 || !ctx.canEdit) {
          ctx.panBy(arrow[0] * 80, arrow[1] * 80);
        } else if (event.altKey) {
          // Alt+arrows: right and down make it bigger, left and up smaller.
          ctx.model.transact(() => {
            for (const id of ctx.selection) {
              const object = ctx.snapshot.byId.get(id);
              if (!object || object.type === 'connector') continue;
              ctx.model.resize(id, { x: object.x, y: object.y, w: Math.max(8, object.w + arrow[0] * step), h: Math.max(8, object.h + arrow[1] * step) });
            }
          });
        } else {
          ctx.model.moveBy([...ctx.selection], arrow[0] * step, arrow[1] * step);
        }
        return;
      }
      switch (event.key) {
        case 'Tab': {
          const next = tabStep(readingOrder(ctx.snapshot), keyboardState(), event.shiftKey);
          // Past the last object Tab leaves the board, as it would any other control, and the
          // selection stays: the next stop is its toolbar (colour, Connect, Delete, …).
          if (next === null) return;
          handled();
          ctx.setKeyboardSelection(next);
          if (next.focus !== null) ctx.reveal(next.focus);
          return;
        }
        case 'Enter':
          if (ctx.canEdit && ctx.selection.length === 1) {
            handled();
            ctx.startEditing(ctx.selection[0]!);
          } else if (ctx.canEdit && ctx.selection.length === 0 && ctx.placeWithTool()) {
            handled();
          }
          return;
        case 'Delete':
        case 'Backspace':
          if (ctx.canEdit && ctx.selection.length > 0) {
            handled();
            ctx.model.remove([...ctx.selection]);
            ctx.setSelection([]);
          }
          return;
        case 'Escape':
          if (ctx.selection.length > 0 || ctx.gathering) {
            handled();
            ctx.setSelection([]);
          }
          ctx.setTool('select');
          return;
        default:
          return;
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ') context.current.setSpaceHeld(false);
    };
    const onBlur = () => context.current.setSpaceHeld(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [canvas, context]);
}
