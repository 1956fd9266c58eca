import { boxContains, objectBounds, type BoardColor, type BoardSnapshot, type Box, type NewObject } from '@kopa/board';
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

/** How far a new object steps aside from one at exactly its place, and the room kept between objects. */
export const PLACE_STEP = 24;

/** How many rings of places around the middle are tried (each half the new object's size further out): in view, then beyond. */
const RINGS_IN_VIEW = 12;
const RINGS_BEYOND = 24;

/**
 * The new object moved aside from what is already on the board: placing by
 * keyboard lands in the middle of the view each time, and nothing placed there
 * may hide what is there (a rectangle must not cover the note just written).
 * The nearest place where it overlaps nothing (keeping a step of room) is taken,
 * to the right and below first, as one reads; inside a frame counts as free (it
 * joins the frame), and so does space a connector merely crosses (it follows the things it joins).
 * A place in `view` comes first; when the view is full, the nearest one beyond it
 * (the canvas then brings it into sight). Only on a board with no room anywhere
 * near does it step down and right until no object starts or centres at its place.
 */
export function clearOfOthers(object: NewObject, snapshot: BoardSnapshot, view?: Box): NewObject {
  if (object.type === 'connector' || object.type === 'stroke') return object;
  const box = normaliseBox(object);
  const obstacles = snapshot.objects
    .filter((other) => other.type !== 'connector')
    .map((other) => ({ frame: other.type === 'frame', box: objectBounds(other, snapshot) }));
  const isFree = (candidate: Box) =>
    obstacles.every((other) => (other.frame && object.type !== 'frame' && boxContains(other.box, candidate)) || !overlapsWithRoom(other.box, candidate));

  const stepX = Math.max(PLACE_STEP, (box.w + PLACE_STEP) / 2);
  const stepY = Math.max(PLACE_STEP, (box.h + PLACE_STEP) / 2);
  const passes: Array<{ rings: number; fits(candidate: Box): boolean }> = [
    ...(view ? [{ rings: RINGS_IN_VIEW, fits: (candidate: Box) => within(view, candidate) }] : []),
    { rings: RINGS_BEYOND, fits: () => true },
  ];
  for (const pass of passes) {
    for (const [i, j] of ringOffsets(pass.rings)) {
      const candidate = { ...box, x: box.x + i * stepX, y: box.y + j * stepY };
      if (pass.fits(candidate) && isFree(candidate)) return moved(object, Math.round(i * stepX), Math.round(j * stepY));
    }
  }
  return moved(object, ...cascade(box, snapshot));
}

/** Grid offsets around (0, 0), nearest first; among equals right, then down, then left, then up. */
function ringOffsets(rings: number): Array<[number, number]> {
  const offsets: Array<[number, number]> = [];
  for (let i = -rings; i <= rings; i++) for (let j = -rings; j <= rings; j++) offsets.push([i, j]);
  const turn = ([i, j]: [number, number]) => (Math.atan2(j, i) + 2 * Math.PI) % (2 * Math.PI);
  return offsets.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]) || turn(a) - turn(b));
}

/** Down and right, a step at a time, until no object starts or centres where this one would. */
function cascade(box: Box, snapshot: BoardSnapshot): [number, number] {
  const near = (a: number, b: number) => Math.abs(a - b) < PLACE_STEP / 2;
  const others = snapshot.objects.filter((other) => other.type !== 'connector').map((other) => objectBounds(other, snapshot));
  let shift = 0;
  const taken = () =>
    others.some(
      (other) =>
        (near(other.x, box.x + shift) && near(other.y, box.y + shift)) ||
        (near(other.x + other.w / 2, box.x + shift + box.w / 2) && near(other.y + other.h / 2, box.y + shift + box.h / 2)),
    );
  for (let tries = 0; tries < 50 && taken(); tries++) shift += PLACE_STEP;
  return [shift, shift];
}

function moved(object: Exclude<NewObject, { type: 'connector' }>, dx: number, dy: number): NewObject {
  return { ...object, x: object.x + dx, y: object.y + dy };
}

/** Whether two boxes come closer than a step to each other. */
function overlapsWithRoom(a: Box, b: Box): boolean {
  const room = PLACE_STEP;
  return a.x < b.x + b.w + room && b.x < a.x + a.w + room && a.y < b.y + b.h + room && b.y < a.y + a.h + room;
}

/** The box lies in the view; one bigger than the view needs only its middle in it. */
function within(view: Box, box: Box): boolean {
  if (box.w > view.w || box.h > view.h) return boxContains(view, { x: box.x + box.w / 2, y: box.y + box.h / 2 });
  return boxContains(view, box);
}

function normaliseBox(box: Box): Box {
  return { x: box.w < 0 ? box.x + box.w : box.x, y: box.h < 0 ? box.y + box.h : box.y, w: Math.abs(box.w), h: Math.abs(box.h) };
}
