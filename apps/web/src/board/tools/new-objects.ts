import type { BoardColor, BoardSnapshot, NewObject } from '@kopa/board';
import type { Point } from '../viewport';

export type DrawTool = 'rect' | 'ellipse' | 'frame' | 'line' | 'arrow';
export type PlaceTool = DrawTool | 'note' | 'text';

const PLACE_TOOLS = new Set<string>(['note', 'text', 'rect', 'ellipse', 'frame', 'line', 'arrow']);

/** Tools that put a new object where the user clicks (and, from the keyboard, in the middle of the view). */
export function isPlaceTool(tool: string): tool is PlaceTool {
  return PLACE_TOOLS.has(tool);
}

/** Friendly sizes for objects placed with a click, centred on it (board units). */
const DEFAULT_SIZES: Record<PlaceTool, { w: number; h: number }> = {
  note: { w: 200, h: 200 },
  text: { w: 280, h: 44 },
  rect: { w: 200, h: 140 },
  ellipse: { w: 180, h: 180 },
  frame: { w: 640, h: 420 },
  line: { w: 200, h: 0 },
  arrow: { w: 200, h: 0 },
};

/** A new object of a tool at the point clicked. */
export function newObjectAt(tool: PlaceTool, at: Point, color: BoardColor, frameTitle: string): NewObject {
  const size = DEFAULT_SIZES[tool];
  const x = Math.round(at.x - size.w / 2);
  const y = Math.round(at.y - size.h / 2);
  switch (tool) {
    case 'note':
      return { type: 'note', x, y, w: size.w, h: size.h, color, text: '', column: null };
    case 'text':
      return { type: 'text', x: Math.round(at.x), y, w: size.w, h: size.h, color, text: '', size: 'm' };
    default:
      return newObjectFromDrag(tool, { x, y }, { x: x + size.w, y: y + size.h }, color, frameTitle);
  }
}

/** The object a drag from `start` to `end` draws: boxes span it, lines follow it. */
export function newObjectFromDrag(tool: DrawTool, start: Point, end: Point, color: BoardColor, frameTitle: string): NewObject {
  const box = { x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), w: Math.abs(end.x - start.x), h: Math.abs(end.y - start.y) };
  switch (tool) {
    case 'rect':
    case 'ellipse':
      return { type: 'shape', kind: tool, ...box, color, filled: true, text: '' };
    case 'frame':
      return { type: 'frame', ...box, title: frameTitle, color };
    case 'line':
    case 'arrow':
      return { type: 'line', x: start.x, y: start.y, w: end.x - start.x, h: end.y - start.y, color, arrow: tool === 'arrow' };
  }
}

/** How far a new object steps aside from one at exactly its place. */
export const PLACE_STEP = 24;

/**
 * The new object moved down and right, step by step, until no object of the board
 * starts at the same corner: placing by keyboard lands in the middle of the view
 * each time, and a second note must not hide the first.
 */
export function clearOfOthers(object: NewObject, snapshot: Pick<BoardSnapshot, 'objects'>): NewObject {
  if (object.type === 'connector') return object;
  const taken = (x: number, y: number) =>
    snapshot.objects.some((other) => other.type !== 'connector' && Math.abs(other.x - x) < PLACE_STEP / 2 && Math.abs(other.y - y) < PLACE_STEP / 2);
  let { x, y } = object;
  for (let tries = 0; tries < 50 && taken(x, y); tries++) {
    x += PLACE_STEP;
    y += PLACE_STEP;
  }
  return { ...object, x, y };
}
