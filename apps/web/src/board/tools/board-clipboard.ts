import type { BoardClip } from './board-clip';
import { clipText } from './clip-text';

/**
 * The tab's board clipboard: the last copy or cut, for pasting on any board
 * opened in this tab — also when the browser keeps the system clipboard to
 * itself. `text` is what went to the system clipboard, to recognise our own copy.
 */
interface Held {
  clip: BoardClip;
  text: string;
  /** How often it was pasted: each paste onto its originals lands a step further. */
  pastes: number;
}

let held: Held | null = null;

export const boardClipboard = {
  keep(clip: BoardClip): string {
    const text = clipText(clip);
    held = { clip, text, pastes: 0 };
    return text;
  },
  /** A copy that came in through the system clipboard (another tab): held from now on, so pastes step on. */
  adopt(clip: BoardClip, text: string): Held {
    held = { clip, text, pastes: 0 };
    return held;
  },
  current(): Held | null {
    return held;
  },
  /** The held copy if `text` is it (the system clipboard still holds our copy), else null. */
  matching(text: string): Held | null {
    return held !== null && held.text === text ? held : null;
  },
  countPaste(entry: Held): number {
    entry.pastes += 1;
    return entry.pastes;
  },
};
