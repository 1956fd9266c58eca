import { COLOR_VALUES, NOTE_TEXT_INK } from './board-colors.js';
import type { BoardColor, Box } from './board-types.js';
import { num, rect, textLines } from './svg-markup.js';
import { LINE_HEIGHT, NOTE_FONT_SIZE, NOTE_PADDING } from './text-metrics.js';
import { wrapText } from './text-wrap.js';

const NOTE_LINE_HEIGHT = NOTE_FONT_SIZE * LINE_HEIGHT;
/** Width of the coloured bar along a wall note's left edge (as the wall shows it). */
const ACCENT_WIDTH = 6;
const NOTE_RADIUS = 8;

/** A note's text in lines for a note `width` wide (padding and accent bar inside), at most `maxLines`. */
export function noteLines(text: string, width: number, options: { maxLines?: number; accent?: boolean } = {}): string[] {
  const room = width - 2 * NOTE_PADDING - (options.accent ? ACCENT_WIDTH : 0);
  return wrapText(text, room, NOTE_FONT_SIZE, options.maxLines);
}

/** How many lines fit in a note `height` tall. */
export function noteLineCapacity(height: number): number {
  return Math.max(0, Math.floor((height - 2 * NOTE_PADDING) / NOTE_LINE_HEIGHT));
}

/** The height a note needs for `lineCount` lines (at least one line's room, so an empty note still shows). */
export function noteHeightFor(lineCount: number): number {
  return 2 * NOTE_PADDING + Math.max(1, lineCount) * NOTE_LINE_HEIGHT;
}

/** A note: its tinted card and its lines of text; `accent` adds the wall's coloured left edge. */
export function noteSvg(box: Box, color: BoardColor, lines: readonly string[], options: { accent?: boolean } = {}): string {
  const colors = COLOR_VALUES[color];
  const card = rect(box, NOTE_RADIUS, `fill="${colors.fill}" stroke="${colors.ink}" stroke-opacity="0.2" stroke-width="1"`);
  const accent = options.accent ? `<path d="${accentPath(box)}" fill="${colors.ink}"/>` : '';
  const inset = options.accent ? ACCENT_WIDTH : 0;
  return (
    `<g>${card}${accent}` +
    textLines(lines, { x: box.x + inset + NOTE_PADDING, top: box.y + NOTE_PADDING, fontSize: NOTE_FONT_SIZE, fill: NOTE_TEXT_INK }) +
    '</g>'
  );
}

/** The card's leftmost ACCENT_WIDTH units, following its rounded corners exactly. */
function accentPath(box: Box): string {
  const r = Math.min(NOTE_RADIUS, box.w / 2, box.h / 2);
  const w = Math.min(ACCENT_WIDTH, r);
  // Where the bar's right edge meets the corner arcs.
  const dy = r - Math.sqrt(r * r - (r - w) * (r - w));
  const right = box.x + w;
  return (
    `M${num(right)} ${num(box.y + dy)} A${num(r)} ${num(r)} 0 0 0 ${num(box.x)} ${num(box.y + r)} ` +
    `V${num(box.y + box.h - r)} A${num(r)} ${num(r)} 0 0 0 ${num(right)} ${num(box.y + box.h - dy)} Z`
  );
}
