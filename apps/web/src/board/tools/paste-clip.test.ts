import { BOARD_LIMITS, BoardModel, createBoardUndo, type BoardObject } from '@kopa/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clipFromSelection } from './board-clip';
import { PASTE_NUDGE, pasteClip, pasteOffset } from './paste-clip';

function source() {
  const model = new BoardModel(new Y.Doc());
  const frame = model.add({ type: 'frame', x: 0, y: 0, w: 400, h: 300, title: 'Trip', color: 'grey' });
  const a = model.add({ type: 'note', x: 20, y: 20, w: 100, h: 100, color: 'yellow', text: 'Bus', column: null });
  const b = model.add({ type: 'shape', kind: 'ellipse', x: 600, y: 0, w: 80, h: 80, color: 'green', filled: true, text: 'Lake' });
  const link = model.add({ type: 'connector', fromId: a, toId: b, color: 'black', arrow: true });
  return { model, frame, a, b, link };
}

const withoutIds = (objects: readonly BoardObject[]) =>
  objects.map(({ id: _id, order: _order, frameId, ...rest }) => ({ ...rest, inFrame: frameId !== null, ...(rest.type === 'connector' ? { fromId: 'x', toId: 'x' } : {}) }));

describe('pasting', () => {
  it('goes where the copy was when that is in view, a step further for each paste onto the originals', () => {
    const view = { x: 0, y: 0, w: 1000, h: 800 };
    expect(pasteOffset({ x: 100, y: 100, w: 50, h: 50 }, view, 0)).toEqual({ dx: 0, dy: 0 });
    expect(pasteOffset({ x: 100, y: 100, w: 50, h: 50 }, view, 2)).toEqual({ dx: 2 * PASTE_NUDGE, dy: 2 * PASTE_NUDGE });
  });

  it('goes to the middle of the view when where it was is out of sight', () => {
    expect(pasteOffset({ x: 5000, y: 5000, w: 100, h: 100 }, { x: 0, y: 0, w: 1000, h: 800 }, 1)).toEqual({ dx: -4550, dy: -4650 });
    expect(pasteOffset({ x: 0, y: 0, w: 3000, h: 100 }, { x: 0, y: 0, w: 1000, h: 800 }, 0)).toEqual({ dx: -1000, dy: 350 });
    expect(pasteOffset(null, { x: 0, y: 0, w: 1000, h: 800 }, 0)).toEqual({ dx: 0, dy: 0 });
  });

  it('re-creates the objects on another board, moved, with connectors joining the copies and frames holding their members', () => {
    const { model, frame, b } = source();
    const clip = clipFromSelection([frame, b], model.snapshot())!;
    const target = new BoardModel(new Y.Doc());
    target.add({ type: 'text', x: -500, y: -500, w: 10, h: 10, color: 'black', text: 'already here', size: 's' });
    const ids = pasteClip(target, clip, { dx: 10, dy: 0 });
    const pasted = target.snapshot();
    expect(ids).toHaveLength(2);
    expect(pasted.byId.get(ids[0]!)?.type).toBe('frame');
    expect(pasted.byId.get(ids[1]!)).toMatchObject({ type: 'shape', x: 610, y: 0, text: 'Lake' });
    const copies = pasted.objects.slice(1);
    expect(withoutIds(copies)).toEqual(withoutIds(model.snapshot().objects).map((o) => ('x' in o ? { ...o, x: o.x + 10 } : o)));
    const connector = copies.find((object) => object.type === 'connector');
    expect(connector?.type === 'connector' && pasted.byId.get(connector.fromId)?.type).toBe('note');
    expect(connector?.type === 'connector' && connector.toId).toBe(ids[1]);
  });

  it('makes one undo step and puts copies beside the originals on the same board', () => {
    const { model, a, b, link } = source();
    const before = model.snapshot().objects.length;
    const undo = createBoardUndo(model);
    const ids = pasteClip(model, clipFromSelection([a, b], model.snapshot())!, { dx: 24, dy: 24 });
    expect(model.snapshot().objects).toHaveLength(before + 3);
    expect(ids.every((id) => id !== a && id !== b && id !== link)).toBe(true);
    expect(model.snapshot().byId.get(ids[0]!)).toMatchObject({ x: 44, y: 44 });
    undo.undo();
    expect(model.snapshot().objects).toHaveLength(before);
    undo.destroy();
  });

  it('gives a note its wall column only where this board has it', () => {
    const { model, a } = source();
    const column = model.addColumn('Ideas');
    model.placeNote(a, column, null);
    const clip = clipFromSelection([a], model.snapshot())!;
    const [same] = pasteClip(model, clip, { dx: 0, dy: 0 });
    expect(model.snapshot().byId.get(same!)).toMatchObject({ column });
    const other = new BoardModel(new Y.Doc());
    const [elsewhere] = pasteClip(other, clip, { dx: 0, dy: 0 });
    expect(other.snapshot().byId.get(elsewhere!)).toMatchObject({ column: null });
  });

  it('adds nothing, and does not throw, when the board has no room', () => {
    const { model, a, b } = source();
    const clip = clipFromSelection([a, b], model.snapshot())!;
    const full = new BoardModel(new Y.Doc());
    // Filled by doubling (one add per object would take long).
    let ids = [full.add({ type: 'line', x: 0, y: 0, w: 1, h: 1, color: 'black', arrow: false })];
    while (ids.length < BOARD_LIMITS.maxObjects - 1) {
      const room = BOARD_LIMITS.maxObjects - 1 - ids.length;
      ids = [...ids, ...full.duplicate(ids.slice(0, room), { dx: 1, dy: 0 })];
    }
    expect(pasteClip(full, clip, { dx: 0, dy: 0 })).toEqual([]);
    expect(full.snapshot().objects).toHaveLength(BOARD_LIMITS.maxObjects - 1);
  });
});
