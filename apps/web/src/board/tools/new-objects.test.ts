import { describe, expect, it } from 'vitest';
import type { BoardObject } from '@kopa/board';
import { clearOfOthers, newObjectAt, newObjectFromDrag, PLACE_STEP } from './new-objects';

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

  it('steps a new note aside from notes already at its place, so none hides another', () => {
    const first = newObjectAt('note', { x: 500, y: 300 }, 'yellow', 'Frame');
    const placed = (x: number, y: number): BoardObject => ({ id: `n${x}`, order: 'a0', frameId: null, type: 'note', x, y, w: 200, h: 200, color: 'yellow', text: '', column: null, columnOrder: 'a0' });
    expect(clearOfOthers(first, { objects: [] })).toEqual(first);
    expect(clearOfOthers(first, { objects: [placed(400, 200)] })).toMatchObject({ x: 400 + PLACE_STEP, y: 200 + PLACE_STEP });
    expect(clearOfOthers(first, { objects: [placed(400, 200), placed(400 + PLACE_STEP, 200 + PLACE_STEP)] })).toMatchObject({
      x: 400 + 2 * PLACE_STEP,
      y: 200 + 2 * PLACE_STEP,
    });
  });
});
