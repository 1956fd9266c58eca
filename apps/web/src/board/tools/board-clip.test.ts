import { BoardModel } from '@kopa/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clipBounds, clipFromSelection } from './board-clip';

function board() {
  const model = new BoardModel(new Y.Doc());
  const frame = model.add({ type: 'frame', x: 0, y: 0, w: 400, h: 300, title: 'Trip', color: 'grey' });
  const inside = model.add({ type: 'note', x: 20, y: 20, w: 100, h: 100, color: 'yellow', text: 'Bus', column: null });
  const outside = model.add({ type: 'shape', kind: 'ellipse', x: 600, y: 0, w: 80, h: 80, color: 'green', filled: true, text: 'Lake' });
  const away = model.add({ type: 'text', x: 1000, y: 1000, w: 100, h: 40, color: 'black', text: 'Far', size: 'm' });
  const joined = model.add({ type: 'connector', fromId: inside, toId: outside, color: 'black', arrow: true });
  const loose = model.add({ type: 'connector', fromId: outside, toId: away, color: 'blue', arrow: false });
  return { model, frame, inside, outside, away, joined, loose };
}

describe('board clips', () => {
  it('takes frame members and the connectors between copied things along, in stacking order, as plain data', () => {
    const { model, frame, inside, outside, joined } = board();
    const clip = clipFromSelection([outside, frame], model.snapshot())!;
    expect(clip.roots).toEqual([outside, frame]);
    expect(clip.objects.map((object) => object.id)).toEqual([frame, inside, outside, joined]);
    expect(clip.objects[1]).toEqual({ id: inside, type: 'note', x: 20, y: 20, w: 100, h: 100, color: 'yellow', text: 'Bus', column: null });
    expect(JSON.parse(JSON.stringify(clip))).toEqual(clip);
  });

  it('leaves out connectors with an end not copied, and is null when nothing remains', () => {
    const { model, outside, away, loose, inside } = board();
    expect(clipFromSelection([outside], model.snapshot())!.objects.map((o) => o.id)).toEqual([outside]);
    expect(clipFromSelection([loose, inside], model.snapshot())!.roots).toEqual([inside]);
    expect(clipFromSelection([loose], model.snapshot())).toBeNull();
    expect(clipFromSelection(['gone'], model.snapshot())).toBeNull();
    expect(clipFromSelection([away, outside], model.snapshot())!.objects.map((o) => o.id)).toEqual([outside, away, loose]);
  });

  it('knows the box around what it holds', () => {
    const { model, outside, away } = board();
    expect(clipBounds(clipFromSelection([outside, away], model.snapshot())!)).toEqual({ x: 600, y: 0, w: 500, h: 1040 });
  });
});
