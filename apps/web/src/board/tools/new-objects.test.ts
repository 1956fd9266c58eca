import { describe, expect, it } from 'vitest';
import type { BoardObject, BoardSnapshot, NewObject } from '@kopa/board';
import { clearOfOthers, newObjectAt, newObjectFromDrag, PLACE_STEP } from './new-objects';

const snapshotOf = (objects: BoardObject[]): BoardSnapshot => ({ layout: 'canvas', objects, byId: new Map(objects.map((o) => [o.id, o])), columns: [] });

/** What is on the board once `object` is placed as the model would (ids and stacking made up). */
const placedAs = (object: NewObject, id: string): BoardObject => ({ ...object, id, order: `a${id}`, frameId: null, columnOrder: 'a0' }) as BoardObject;

type Boxed = { x: number; y: number; w: number; h: number };
const boxed = (object: BoardObject | NewObject) => object as unknown as Boxed;

/** Whether two objects' boxes share any area. */
function overlap(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) {
  const box = (o: typeof a) => ({ x: Math.min(o.x, o.x + o.w), y: Math.min(o.y, o.y + o.h), w: Math.abs(o.w), h: Math.abs(o.h) });
  const [p, q] = [box(a), box(b)];
  return p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
}

/** Placing by keyboard, as the canvas does: each new object in the middle of the view, clear of the others. */
function placeInTurn(tools: Array<Parameters<typeof newObjectAt>[0]>, view?: Boxed): Array<BoardObject & Boxed> {
  const objects: BoardObject[] = [];
  tools.forEach((tool, index) => {
    objects.push(placedAs(clearOfOthers(newObjectAt(tool, { x: 500, y: 300 }, 'yellow', 'Frame'), snapshotOf(objects), view), String(index)));
  });
  return objects as Array<BoardObject & Boxed>;
}

describe('new objects', () => {
  it('centres a clicked note on the click, empty and ready to write in', () => {
    expect(newObjectAt('note', { x: 500, y: 300 }, 'yellow', 'Frame')).toEqual({
      type: 'note', x: 400, y: 200, w: 200, h: 200, color: 'yellow', text: '', column: null,
    });
  });

  it('spans a dragged shape over the drag, whichever way it went', () => {
    expect(newObjectFromDrag('ellipse', { x: 100, y: 100 }, { x: 40, y: 160 }, 'green', 'Frame')).toEqual({
      type: 'shape', kind: 'ellipse', x: 40, y: 100, w: 60, h: 60, color: 'green', filled: true, text: '',
    });
  });

  it('keeps a line\'s direction, so the arrowhead ends where the drag ended', () => {
    expect(newObjectFromDrag('arrow', { x: 100, y: 100 }, { x: 40, y: 160 }, 'black', 'Frame')).toEqual({
      type: 'line', x: 100, y: 100, w: -60, h: 60, color: 'black', arrow: true,
    });
  });

  it('names a new frame', () => {
    expect(newObjectAt('frame', { x: 0, y: 0 }, 'grey', 'Ideas')).toMatchObject({ type: 'frame', title: 'Ideas', w: 640, h: 420 });
  });

  it('leaves a new object where it is on an empty spot', () => {
    const first = newObjectAt('note', { x: 500, y: 300 }, 'yellow', 'Frame');
    expect(clearOfOthers(first, snapshotOf([]))).toEqual(first);
  });

  it('puts a second note beside the first, to the right, with room between', () => {
    const [first, second] = placeInTurn(['note', 'note']);
    expect(second).toMatchObject({ y: first!.y });
    expect(second!.x).toBeGreaterThanOrEqual(first!.x + 200 + PLACE_STEP);
  });

  it('never lets a shape, line, text or frame placed by keyboard hide what is already there', () => {
    const objects = placeInTurn(['note', 'rect', 'ellipse', 'text', 'line', 'arrow', 'note', 'frame']);
    for (const [index, object] of objects.entries()) {
      for (const other of objects.slice(0, index)) {
        expect(overlap(object, boxed(other)), `${object.type} ${index} over ${other.type}`).toBe(false);
      }
    }
  });

  it('a note placed inside a frame stays in it, beside what is in it', () => {
    const frame = placedAs({ type: 'frame', x: 100, y: 0, w: 800, h: 600, title: 'Trip', color: 'grey' }, 'f');
    const note = placedAs(newObjectAt('note', { x: 500, y: 300 }, 'yellow', 'Frame'), 'n');
    const placed = boxed(clearOfOthers(newObjectAt('note', { x: 500, y: 300 }, 'pink', 'Frame'), snapshotOf([frame, note])));
    expect(overlap(placed, boxed(note))).toBe(false);
    expect(placed.x).toBeGreaterThanOrEqual(100);
    expect(placed.x + 200).toBeLessThanOrEqual(900);
  });

  it('keeps to the view while it has room, and goes beyond it (never on top) when it is full', () => {
    const wide = { x: 0, y: 0, w: 1200, h: 800 };
    const inView = placeInTurn(['note', 'rect', 'ellipse'], wide);
    for (const object of inView) expect(object.x >= 0 && object.y >= 0 && object.x + object.w <= 1200 && object.y + object.h <= 800).toBe(true);
    const narrow = { x: 300, y: 100, w: 400, h: 400 };
    const crowded = placeInTurn(['note', 'note', 'rect'], narrow);
    expect(overlap(crowded[1]!, crowded[0]!)).toBe(false);
    expect(overlap(crowded[2]!, crowded[0]!) || overlap(crowded[2]!, crowded[1]!)).toBe(false);
  });

  it('on a board with no room anywhere near, still never lands exactly on another (shapes step aside too)', () => {
    const wall = placedAs({ type: 'shape', kind: 'rect', x: -50_000, y: -50_000, w: 100_000, h: 100_000, color: 'blue', filled: true, text: '' }, 'w');
    const note = placedAs(newObjectAt('note', { x: 0, y: 0 }, 'yellow', 'Frame'), 'n');
    expect(clearOfOthers(newObjectAt('note', { x: 0, y: 0 }, 'yellow', 'Frame'), snapshotOf([wall, note]))).toMatchObject({ x: -100 + PLACE_STEP, y: -100 + PLACE_STEP });
    // The rectangle's middle would be the note's: it steps aside as well.
    expect(clearOfOthers(newObjectAt('rect', { x: 0, y: 0 }, 'blue', 'Frame'), snapshotOf([wall, note]))).toMatchObject({ x: -100 + PLACE_STEP, y: -70 + PLACE_STEP });
  });
});
