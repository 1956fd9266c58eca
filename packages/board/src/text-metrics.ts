import type { TextSize } from './board-types.js';

/**
 * Font sizes and text boxes of the board drawings, shared with the web canvas so
 * both wrap text alike.
 */
export const TEXT_FONT_SIZES: Readonly<Record<TextSize, number>> = { s: 14, m: 20, l: 28, xl: 40 };
export const NOTE_FONT_SIZE = 16;
export const NOTE_PADDING = 12;
export const LINE_HEIGHT = 1.3;
export const FRAME_TITLE_FONT_SIZE = 14;
/** Room above a frame for its title. */
export const FRAME_TITLE_SPACE = 26;

/** The baseline of line `index` of text whose first line box starts at `top`: its cap height centred in its line box. */
export function lineBaseline(top: number, index: number, fontSize: number): number {
  const lineHeight = fontSize * LINE_HEIGHT;
  return top + index * lineHeight + (lineHeight + fontSize * 0.7) / 2;
}
