import { NOTE_TEXT_INK } from './board-colors.js';
import type { BoardSnapshot } from './board-types.js';
import { noteHeightFor, noteLines, noteSvg } from './note-svg.js';
import { paddingOf, svgDocument, type BoardSvg, type BoardSvgOptions } from './svg-document.js';
import { rect, textLines } from './svg-markup.js';
import { LINE_HEIGHT } from './text-metrics.js';
import { wrapText } from './text-wrap.js';
import { wallColumns, type WallColumn } from './wall-columns.js';

/** The wall's geometry in board units (about what the browser shows at 100 %). */
export const WALL_COLUMN_WIDTH = 280;
export const WALL_COLUMN_GAP = 24;
const COLUMN_PADDING = 12;
const NOTE_GAP = 12;
const NOTE_WIDTH = WALL_COLUMN_WIDTH - 2 * COLUMN_PADDING;
const TITLE_FONT_SIZE = 18;
const TITLE_MAX_LINES = 3;
const TITLE_GAP = 10;
const EMPTY_COLUMN_HEIGHT = 56;
/** The wall's muted column background and the empty column's dashed outline (tokens.css). */
const COLUMN_FILL = '#f1ede4';
const PLACEHOLDER_STROKE = '#b9b09e';

/**
 * A wall board as a standalone SVG, laid out as the browser shows it: the
 * columns side by side, each with its title and its notes stacked in order, a
 * note as tall as its wrapped text. Only notes take part (other objects belong
 * to the free canvas), so `imageHref` is never asked. The title rows are as tall
 * as the tallest title, so the first notes of all columns line up.
 */
export function wallToSvg(snapshot: BoardSnapshot, options: BoardSvgOptions): BoardSvg {
  const padding = paddingOf(options);
  const columns = wallColumns(snapshot);
  const titles = columns.map((column) => titleLines(column.title));
  const titleRoom = Math.max(0, ...titles.map((lines) => (lines.length === 0 ? 0 : lines.length * TITLE_FONT_SIZE * LINE_HEIGHT + TITLE_GAP)));
  const drawn = columns.map((column, index) =>
    drawColumn(column, titles[index] ?? [], { x: padding + index * (WALL_COLUMN_WIDTH + WALL_COLUMN_GAP), y: padding }, titleRoom),
  );
  const width = 2 * padding + columns.length * WALL_COLUMN_WIDTH + (columns.length - 1) * WALL_COLUMN_GAP;
  const height = 2 * padding + Math.max(...drawn.map((column) => column.height));
  const view = { x: 0, y: 0, w: Math.max(1, Math.ceil(width)), h: Math.max(1, Math.ceil(height)) };
  return svgDocument(view, drawn.map((column) => column.svg).join(''), options.title);
}

function titleLines(title: string): string[] {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  return oneLine === '' ? [] : wrapText(oneLine, NOTE_WIDTH, TITLE_FONT_SIZE, TITLE_MAX_LINES);
}

/** One column at `at` (its top-left corner): background, title, then its notes or the empty placeholder. */
function drawColumn(column: WallColumn, title: readonly string[], at: { x: number; y: number }, titleRoom: number): { svg: string; height: number } {
  const left = at.x + COLUMN_PADDING;
  let y = at.y + COLUMN_PADDING;
  const heading = textLines(title, { x: left, top: y, fontSize: TITLE_FONT_SIZE, fill: NOTE_TEXT_INK, weight: 600 });
  y += titleRoom;
  const notes: string[] = [];
  for (const note of column.notes) {
    const lines = noteLines(note.text, NOTE_WIDTH, { accent: true });
    const box = { x: left, y, w: NOTE_WIDTH, h: noteHeightFor(lines.length) };
    notes.push(noteSvg(box, note.color, lines, { accent: true }));
    y += box.h + NOTE_GAP;
  }
  if (column.notes.length === 0) {
    notes.push(rect({ x: left, y, w: NOTE_WIDTH, h: EMPTY_COLUMN_HEIGHT }, 8, `fill="none" stroke="${PLACEHOLDER_STROKE}" stroke-width="2" stroke-dasharray="6 5"`));
    y += EMPTY_COLUMN_HEIGHT + NOTE_GAP;
  }
  // The last gap becomes the column's bottom padding.
  const height = y - NOTE_GAP + COLUMN_PADDING - at.y;
  const background = rect({ x: at.x, y: at.y, w: WALL_COLUMN_WIDTH, h: height }, 16, `fill="${COLUMN_FILL}"`);
  return { svg: `<g>${background}${heading}${notes.join('')}</g>`, height };
}
