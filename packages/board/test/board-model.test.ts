import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardModel } from '../src/board-model.js';
import { objectsOf } from '../src/board-doc.js';
import { BOARD_ID_PATTERN } from '../src/board-id.js';
import { readBoard } from '../src/board-snapshot.js';
import { BOARD_LIMITS, type BoardObject, type NewObject } from '../src/board-types.js';

const note = (x: number, y: number, text = ''): NewObject => ({
  type: 'note', x, y, w: 100, h: 100, color: 'yellow', text, column: null,
});
const frame = (x: number, y: number, w = 400, h = 400): NewObject => ({
  type: 'frame', x, y, w, h, title: 'Ideas', color: 'grey',
});

function setup() {
  const doc = new Y.Doc();
  const model = new BoardModel(doc);
  const get = (id: string): BoardObject => {
    const object = model.snapshot().byId.get(id);
    if (!object) throw new Error(`no object ${id}`);
    return object;
  };
  return { doc, model, get };
}

describe('BoardModel: add and update', () => {
  it('adds objects on top with random url-safe ids', () => {
    const { model, doc } = setup();
    const a = model.add(note(0, 0, 'first'));
    const b = model.add({ type: 'shape', kind: 'ellipse', x: 10, y: 10, w: 50, h: 50, color: 'blue', filled: true, text: '' });
    expect(a).toMatch(BOARD_ID_PATTERN);
    expect(a.length).toBeLessThanOrEqual(BOARD_LIMITS.maxIdLength);
    expect(a).not.toBe(b);
    expect(model.snapshot().objects.map((o) => o.id)).toEqual([a, b]);
    expect(readBoard(doc)).toEqual(model.snapshot());
    expect(model.snapshot().byId.get(a)).toMatchObject({ type: 'note', text: 'first', frameId: null, column: null });
  });

  it('keeps every value within the limits the server enforces', () => {
    const { model, doc, get } = setup();
    const id = model.add({ ...note(5e9, -Infinity), text: 'x'.repeat(5000) } as NewObject);
    expect(get(id)).toMatchObject({ x: BOARD_LIMITS.maxCoordinate, y: 0 });
    expect(objectsOf(doc).get(id)!.get('text')!.toString()).toHaveLength(BOARD_LIMITS.maxTextLength);
    model.update(id, { x: -5e9, w: Number.NaN });
    expect(get(id)).toMatchObject({ x: -BOARD_LIMITS.maxCoordinate, w: 100 });
    const frameId = model.add({ ...frame(0, 0), title: 't'.repeat(500) } as NewObject);
    expect((get(frameId) as { title: string }).title).toHaveLength(BOARD_LIMITS.maxTitleLength);
    const stroke = model.startStroke({ x: 0, y: 0, color: 'black', size: 1000, points: [0, 0, 0.5] });
    expect(get(stroke)).toMatchObject({ size: 100 });
  });

  it('updates only the fields the type has, and writes nothing for no change', () => {
    const { model, doc, get } = setup();
    const id = model.add(note(0, 0));
    let updates = 0;
    doc.on('update', () => (updates += 1));
    model.update(id, { color: 'pink', title: 'not a note field', filled: true });
    expect(get(id)).toMatchObject({ color: 'pink' });
    expect(objectsOf(doc).get(id)!.has('title')).toBe(false);
    expect(objectsOf(doc).get(id)!.has('filled')).toBe(false);
    expect(updates).toBe(1);
    model.update(id, { color: 'pink' });
    expect(updates).toBe(1);
    // Wrong kinds of values change nothing.
    const text = model.add({ type: 'text', x: 0, y: 0, w: 10, h: 10, color: 'black', text: 'hi', size: 'l' });
    model.update(text, { size: 12, color: 'chartreuse' as never, x: Number.NaN });
    expect(get(text)).toMatchObject({ size: 'l', color: 'black', x: 0 });
  });

  it('setText writes a minimal diff so concurrent typing in one note merges', () => {
    const a = setup();
    const b = setup();
    const id = a.model.add(note(0, 0, 'we like cats'));
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    a.model.setText(id, 'We like cats');
    b.model.setText(id, 'we like cats and dogs');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc));
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    expect((a.get(id) as { text: string }).text).toBe('We like cats and dogs');
    expect(b.model.snapshot()).toEqual(a.model.snapshot());
  });

  it('tells subscribers after local and remote changes, with a fresh snapshot', () => {
    const a = setup();
    const b = setup();
    const seen: number[] = [];
    const stop = b.model.subscribe((snapshot) => seen.push(snapshot.objects.length));
    a.model.add(note(0, 0));
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    b.model.add(note(1, 1));
    expect(seen).toEqual([1, 2]);
    stop();
    b.model.add(note(2, 2));
    expect(seen).toEqual([1, 2]);
  });

  it('caches the snapshot and reuses unchanged objects', () => {
    const { model } = setup();
    const a = model.add(note(0, 0));
    const b = model.add(note(200, 0));
    const first = model.snapshot();
    expect(model.snapshot()).toBe(first);
    model.moveBy([b], 5, 5);
    const second = model.snapshot();
    expect(second).not.toBe(first);
    expect(second.byId.get(a)).toBe(first.byId.get(a));
    expect(second.byId.get(b)).toMatchObject({ x: 205, y: 5 });
  });

  it('transact makes several calls one transaction', () => {
    const { model, doc, get } = setup();
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    const id = model.transact(() => {
      const created = model.add(note(0, 0));
      model.moveBy([created], 10, 0);
      model.setText(created, 'hi');
      return created;
    });
    expect(transactions).toBe(1);
    expect(get(id)).toMatchObject({ x: 10, text: 'hi' });
  });

  it('refuses a connector without two objects, and a board beyond maxObjects', () => {
    const { model } = setup();
    const a = model.add(note(0, 0));
    expect(() => model.add({ type: 'connector', fromId: a, toId: 'nope', color: 'black', arrow: true })).toThrow();
    const doc = new Y.Doc();
    const full = new BoardModel(doc);
    doc.transact(() => {
      for (let i = 0; i < BOARD_LIMITS.maxObjects; i += 1) objectsOf(doc).set(`n${i}`, new Y.Map());
    });
    expect(() => full.add(note(0, 0))).toThrow(RangeError);
  });
});

describe('BoardModel: frames and moving', () => {
  it('an object added inside a frame joins it; frames do not nest', () => {
    const { model, get } = setup();
    const f = model.add(frame(0, 0));
    const inside = model.add(note(100, 100));
    const outside = model.add(note(1000, 1000));
    const inner = model.add(frame(50, 50, 100, 100));
    expect(get(inside).frameId).toBe(f);
    expect(get(outside).frameId).toBeNull();
    expect(get(inner).frameId).toBeNull();
  });

  it('moving a frame carries its members; moved objects join and leave frames by their centre', () => {
    const { model, get } = setup();
    const f = model.add(frame(0, 0));
    const member = model.add(note(100, 100));
    const free = model.add(note(1000, 1000));
    model.moveBy([f], 500, 0);
    expect(get(f)).toMatchObject({ x: 500, y: 0 });
    expect(get(member)).toMatchObject({ x: 600, y: 100, frameId: f });
    expect(get(free)).toMatchObject({ frameId: null });
    // Drag the member out: its centre leaves the frame.
    model.moveBy([member], 1000, 0);
    expect(get(member).frameId).toBeNull();
    // Drag the free note in.
    model.moveBy([free], -350, -800);
    expect(get(free)).toMatchObject({ x: 650, y: 200, frameId: f });
    // Moving frame and member together moves the member once.
    model.moveBy([f, free], 10, 10);
    expect(get(free)).toMatchObject({ x: 660, y: 210, frameId: f });
  });

  it('resizing a frame keeps members unscaled and takes in or lets go by centre', () => {
    const { model, get } = setup();
    const f = model.add(frame(0, 0, 200, 200));
    const member = model.add(note(20, 20));
    const later = model.add(note(300, 20));
    expect(get(later).frameId).toBeNull();
    model.resize(f, { x: 0, y: 0, w: 500, h: 200 });
    expect(get(member)).toMatchObject({ x: 20, y: 20, w: 100, h: 100, frameId: f });
    expect(get(later).frameId).toBe(f);
    model.resize(f, { x: 200, y: 0, w: 300, h: 200 });
    expect(get(member).frameId).toBeNull();
    expect(get(later).frameId).toBe(f);
  });

  it('resizes boxes, keeps a line’s direction and normalises negative sizes', () => {
    const { model, get } = setup();
    const shape = model.add({ type: 'shape', kind: 'rect', x: 0, y: 0, w: 10, h: 10, color: 'blue', filled: false, text: '' });
    model.resize(shape, { x: 50, y: 50, w: -20, h: 30 });
    expect(get(shape)).toMatchObject({ x: 30, y: 50, w: 20, h: 30 });
    const line = model.add({ type: 'line', x: 100, y: 100, w: -50, h: 20, color: 'black', arrow: true });
    model.resize(line, { x: 0, y: 0, w: 200, h: 40 });
    expect(get(line)).toMatchObject({ x: 200, y: 0, w: -200, h: 40 });
  });
});

describe('BoardModel: strokes', () => {
  it('grows while drawn, then takes the box of its points and scales on resize', () => {
    const a = setup();
    const b = setup();
    a.doc.on('update', (update: Uint8Array) => Y.applyUpdate(b.doc, update));
    const id = a.model.startStroke({ x: 100, y: 100, color: 'blue', size: 4, points: [0, 0, 0.5] });
    a.model.addStrokePoints(id, [-10, 5, 0.5, 20, 30, 0.6]);
    // The other person sees it being drawn.
    expect(b.get(id)).toMatchObject({ type: 'stroke', w: 0, h: 0, points: [0, 0, 0.5, -10, 5, 0.5, 20, 30, 0.6] });
    a.model.finishStroke(id);
    expect(a.get(id)).toMatchObject({ x: 90, y: 100, w: 30, h: 30, points: [10, 0, 0.5, 0, 5, 0.5, 30, 30, 0.6] });
    a.model.resize(id, { x: 0, y: 0, w: 60, h: 90 });
    expect(a.get(id)).toMatchObject({ x: 0, y: 0, w: 60, h: 90, points: [10, 0, 0.5, 0, 5, 0.5, 30, 30, 0.6] });
    expect(b.model.snapshot()).toEqual(a.model.snapshot());
  });

  it('keeps a stroke within maxStrokeNumbers, in whole points', () => {
    const { model, get } = setup();
    const id = model.startStroke({ x: 0, y: 0, color: 'black', size: 2, points: [] });
    model.addStrokePoints(id, new Array<number>(BOARD_LIMITS.maxStrokeNumbers - 2).fill(1));
    model.addStrokePoints(id, [1, 2, 3, 4, 5, 6]);
    const points = (get(id) as { points: number[] }).points;
    expect(points.length % 3).toBe(0);
    expect(points.length).toBeLessThanOrEqual(BOARD_LIMITS.maxStrokeNumbers);
  });

  it('a finished stroke joins the frame its centre is in', () => {
    const { model, get } = setup();
    const f = model.add(frame(0, 0, 300, 300));
    const id = model.startStroke({ x: 400, y: 100, color: 'black', size: 2, points: [0, 0, 1] });
    model.addStrokePoints(id, [-250, 0, 1]);
    model.finishStroke(id);
    expect(get(id).frameId).toBe(f);
  });
});

describe('BoardModel: remove, duplicate, reorder', () => {
  it('removing cascades to connectors and frame members', () => {
    const { model, get } = setup();
    const f = model.add(frame(0, 0));
    const member = model.add(note(10, 10));
    const outside = model.add(note(1000, 0));
    const other = model.add(note(2000, 0));
    const c1 = model.add({ type: 'connector', fromId: member, toId: outside, color: 'black', arrow: true });
    const c2 = model.add({ type: 'connector', fromId: outside, toId: other, color: 'black', arrow: false });
    model.remove([f]);
    const ids = model.snapshot().objects.map((o) => o.id);
    expect(ids).toEqual([outside, other, c2]);
    expect(get(c2)).toMatchObject({ fromId: outside, toId: other });
    expect(model.doc.getMap('objects').has(c1)).toBe(false);
  });

  it('duplicates with text and points, re-pointing connectors between copies', () => {
    const { model, get } = setup();
    const a = model.add(note(0, 0, 'hello'));
    const b = model.add(note(300, 0, 'world'));
    const c = model.add(note(600, 0));
    const ab = model.add({ type: 'connector', fromId: a, toId: b, color: 'blue', arrow: true });
    model.add({ type: 'connector', fromId: b, toId: c, color: 'blue', arrow: true });
    const s = model.startStroke({ x: 0, y: 500, color: 'green', size: 3, points: [0, 0, 1, 10, 10, 1] });
    const before = model.snapshot().objects.length;
    const copies = model.duplicate([b, a, s]);
    expect(copies).toHaveLength(3);
    const [b2, a2, s2] = copies as [string, string, string];
    expect(get(a2)).toMatchObject({ x: 24, y: 24, text: 'hello' });
    expect(get(b2)).toMatchObject({ x: 324, y: 24, text: 'world' });
    expect(get(s2)).toMatchObject({ points: [0, 0, 1, 10, 10, 1] });
    const snapshot = model.snapshot();
    // One extra connector: a→b copied as a2→b2; b→c is not (c was not copied).
    expect(snapshot.objects.length).toBe(before + 4);
    const copiedConnector = snapshot.objects.find((o) => o.type === 'connector' && o.fromId === a2);
    expect(copiedConnector).toMatchObject({ toId: b2, color: 'blue' });
    expect(copiedConnector!.id).not.toBe(ab);
    // Copies go on top, keeping their relative order.
    expect(snapshot.objects.slice(-4).map((o) => o.id)).toEqual([a2, b2, copiedConnector!.id, s2]);
    // Copied text is its own: editing a copy leaves the original.
    model.setText(a2, 'changed');
    expect(get(a)).toMatchObject({ text: 'hello' });
  });

  it('duplicating a frame copies its members into the new frame', () => {
    const { model, get } = setup();
    const f = model.add(frame(0, 0));
    const member = model.add(note(10, 10, 'in'));
    const [f2] = model.duplicate([f], { dx: 1000, dy: 0 });
    const copy = model.snapshot().objects.find((o) => o.id !== member && o.type === 'note');
    expect(copy).toMatchObject({ x: 1010, frameId: f2, text: 'in' });
    expect(get(member).frameId).toBe(f);
  });

  it('reorders forward, backward, to front and to back', () => {
    const { model } = setup();
    const [a, b, c, d] = [0, 1, 2, 3].map((i) => model.add(note(i, i))) as [string, string, string, string];
    const order = () => model.snapshot().objects.map((o) => o.id);
    model.reorder([a], 'forward');
    expect(order()).toEqual([b, a, c, d]);
    model.reorder([a, b], 'forward');
    expect(order()).toEqual([c, b, a, d]);
    model.reorder([d], 'backward');
    expect(order()).toEqual([c, b, d, a]);
    model.reorder([c, b], 'front');
    expect(order()).toEqual([d, a, c, b]);
    model.reorder([b], 'back');
    expect(order()).toEqual([b, d, a, c]);
    model.reorder([b], 'back');
    expect(order()).toEqual([b, d, a, c]);
  });

  it('reorders correctly when concurrent inserts left equal keys', () => {
    const a = setup();
    const b = setup();
    const base = a.model.add(note(0, 0));
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    const x = a.model.add(note(1, 1));
    const y = b.model.add(note(2, 2));
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc));
    const snapshot = a.model.snapshot();
    expect(snapshot.byId.get(x)!.order).toBe(snapshot.byId.get(y)!.order);
    const [lower, upper] = [x, y].sort() as [string, string];
    expect(snapshot.objects.map((o) => o.id)).toEqual([base, lower, upper]);
    a.model.reorder([lower], 'forward');
    expect(a.model.snapshot().objects.map((o) => o.id)).toEqual([base, upper, lower]);
    a.model.reorder([base], 'forward');
    expect(a.model.snapshot().objects.map((o) => o.id)).toEqual([upper, base, lower]);
  });
});
