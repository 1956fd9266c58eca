import type { BoardModel, BoardUndo, Box } from '@kopa/board';
import { useEffect, type RefObject } from 'react';
import { clipBounds, clipFromSelection, type BoardClip } from './board-clip';
import { boardClipboard } from './board-clipboard';
import { parseClipText } from './clip-text';
import { pasteClip, pasteOffset } from './paste-clip';

/** What copy, cut and paste read and do; a ref, so one set of listeners serves every render. */
export interface ClipboardContext {
  model: BoardModel;
  undo: BoardUndo;
  canEdit: boolean;
  selection: readonly string[];
  setSelection(ids: string[]): void;
  /** The part of the board in view, in board units. */
  view(): Box;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function hasPicture(data: DataTransfer | null): boolean {
  return Array.from(data?.files ?? []).some((file) => file.type.startsWith('image/'));
}

/**
 * Ctrl/Cmd+C, X and V on the focused board. The copy is kept for the tab (any
 * board opened in it can take it) and goes to the system clipboard as marked
 * JSON text through the browser's own copy and cut events; a paste takes a board
 * clip from the system clipboard when there is one (checked strictly: any page
 * can put text there), else the tab's copy when the browser gave nothing.
 * Pictures on the clipboard are left to the picture paste (use-picture-drop.ts).
 */
export function useBoardClipboard(canvas: RefObject<HTMLElement | null>, context: RefObject<ClipboardContext>) {
  useEffect(() => {
    let copied = false;
    let pastePending = false;
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const focused = () => canvas.current !== null && document.activeElement === canvas.current;

    const paste = (clip: BoardClip, text: string | null) => {
      const ctx = context.current;
      const held = (text === null ? boardClipboard.current() : boardClipboard.matching(text)) ?? boardClipboard.adopt(clip, text ?? '');
      const count = boardClipboard.countPaste(held);
      const snapshot = ctx.model.snapshot();
      const originalsHere = clip.objects.every((object) => snapshot.byId.has(object.id));
      ctx.undo.stopCapturing();
      const ids = pasteClip(ctx.model, clip, pasteOffset(clipBounds(clip), ctx.view(), originalsHere ? count : count - 1));
      if (ids.length > 0) ctx.setSelection(ids);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target) || event.defaultPrevented || !focused()) return;
      const ctx = context.current;
      const key = event.key.toLowerCase();
      // No preventDefault: the browser's own copy, cut and paste events must still come.
      if (key === 'c' || (key === 'x' && ctx.canEdit)) {
        const clip = clipFromSelection(ctx.selection, ctx.model.snapshot());
        // A connector alone has nothing to join elsewhere: it is not copied, but cut still takes it away.
        if (clip) {
          boardClipboard.keep(clip);
          copied = true;
        }
        if (key === 'x' && ctx.selection.length > 0) {
          ctx.undo.stopCapturing();
          ctx.model.remove([...ctx.selection]);
          ctx.setSelection([]);
        }
      } else if (key === 'v' && ctx.canEdit && !event.repeat) {
        // Should the browser not send a paste event (some keep the clipboard from pages), the tab's copy is pasted.
        pastePending = true;
        clearTimeout(fallback);
        fallback = setTimeout(() => {
          const held = boardClipboard.current();
          if (pastePending && held && focused()) paste(held.clip, null);
          pastePending = false;
        });
      }
    };

    const onCopy = (event: ClipboardEvent) => {
      const held = boardClipboard.current();
      if (!copied || !held || !focused() || !event.clipboardData) return;
      copied = false;
      event.clipboardData.setData('text/plain', held.text);
      event.preventDefault();
    };

    const onPaste = (event: ClipboardEvent) => {
      if (!focused()) return;
      pastePending = false;
      if (!context.current.canEdit || hasPicture(event.clipboardData)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      const held = boardClipboard.matching(text);
      const clip = held?.clip ?? parseClipText(text);
      if (clip) {
        event.preventDefault();
        paste(clip, text);
      } else if (text === '' && boardClipboard.current()) {
        // The browser showed nothing it could give (no text, no picture): the tab's copy.
        event.preventDefault();
        paste(boardClipboard.current()!.clip, null);
      }
    };

    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('copy', onCopy);
    window.addEventListener('cut', onCopy);
    window.addEventListener('paste', onPaste);
    return () => {
      clearTimeout(fallback);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('copy', onCopy);
      window.removeEventListener('cut', onCopy);
      window.removeEventListener('paste', onPaste);
    };
  }, [canvas, context]);
}
