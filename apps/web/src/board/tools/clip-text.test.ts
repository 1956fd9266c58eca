import { BoardModel } from '@kopa/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clipFromSelection, type BoardClip } from './board-clip';
import { clipText, parseClipText } from './clip-text';

function everyKind(): BoardClip {
  const model = new BoardModel(new Y.Doc());
  const ids = [
    model.add({ type: 'frame', x: 0, y: 0, w: 400, h: 300, title: 'Trip', color: 'grey' }),
    model.add({ type: 'note', x: 20, y: 20, w: 100, h: 100, color: 'yellow', text: 'Bus “1”\n', column: null }),
    model.add({ type: 'text', x: 500, y: 0, w: 100, h: 40, color: 'black', text: 'Hi', size: 'l' }),
    model.add({ type: 'shape', kind: 'rect', x: 700, y: 0, w: 80, h: 80, color: 'green', filled: false, text: '' }),
    model.add({ type: 'line', x: 0, y: 500, w: -50, h: 20.5, color: 'blue', arrow: true }),
    model.add({ type: 'stroke', x: 10, y: 600, w: 30, h: 30, color: 'pink', size: 4, points: [0, 0, 0.5, 30, 30, 0.5] }),
    model.add({ type: 'image', x: 900, y: 0, w: 200, h: 100, uploadId: 'b7c3d0e2-1111-4a5b-9c8d-123456789abc', alt: 'A lake', largestWidth: 1280 }),
  ];
  ids.push(model.add({ type: 'connector', fromId: ids[1]!, toId: ids[2]!, color: 'black', arrow: true }));
  return clipFromSelection(ids, model.snapshot())!;
}

/** A tiny seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('board clips as clipboard text', () => {
  it('reads back exactly what it wrote, for every kind of object', () => {
    const clip = everyKind();
    expect(clip.objects).toHaveLength(8);
    expect(parseClipText(clipText(clip))).toEqual(clip);
  });

  it('is nothing for text that is not a board clip', () => {
    for (const text of ['', 'hello', '{', '{"kind":"kopa-board-clip"', 'null', '[]', '{"kind":"kopa-board-clip","version":2,"roots":[],"objects":[]}']) {
      expect(parseClipText(text)).toBeNull();
    }
  });

  it('refuses a clip with anything out of shape: unknown fields, wrong types, values past the limits, duplicate ids', () => {
    const good = JSON.parse(clipText(everyKind())) as { roots: unknown[]; objects: Record<string, unknown>[] };
    const variants: ((data: typeof good) => void)[] = [
      (d) => (d.objects[1]!.extra = 1),
      (d) => delete d.objects[1]!.text,
      (d) => (d.objects[1]!.x = '20'),
      (d) => (d.objects[1]!.x = 1e12),
      (d) => (d.objects[1]!.color = 'red'),
      (d) => (d.objects[1]!.text = 'x'.repeat(2001)),
      (d) => (d.objects[1]!.id = '../../etc'),
      (d) => (d.objects[1]!.type = 'script'),
      (d) => (d.objects[5]!.points = [0, 0]),
      (d) => (d.objects[5]!.points = [0, 'a', 0]),
      (d) => (d.objects[5]!.size = 1000),
      (d) => (d.objects[6]!.uploadId = '<img src=x>'),
      (d) => (d.objects[2]!.id = d.objects[1]!.id),
      (d) => (d.roots = ['nobody']),
      (d) => (d.roots = [1]),
      (d) => (d.objects = [null as unknown as Record<string, unknown>]),
    ];
    for (const change of variants) {
      const data = structuredClone(good);
      change(data);
      expect(parseClipText(JSON.stringify(data))).toBeNull();
    }
  });

  it('drops connectors whose ends were not copied, and keeps the rest', () => {
    const data = JSON.parse(clipText(everyKind())) as { objects: Record<string, unknown>[] };
    data.objects[7]!.toId = 'somewhereElse';
    const clip = parseClipText(JSON.stringify(data))!;
    expect(clip.objects.map((object) => object.type)).not.toContain('connector');
    expect(clip.objects).toHaveLength(7);
  });

  it('never throws on mangled clips (seeded)', () => {
    const text = clipText(everyKind());
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      let mangled = text;
      for (let i = 0; i < 1 + Math.floor(next() * 4); i++) {
        const at = Math.floor(next() * mangled.length);
        const pick = next();
        if (pick < 0.4) mangled = mangled.slice(0, at) + mangled.slice(at + 1 + Math.floor(next() * 8));
        else if (pick < 0.8) mangled = mangled.slice(0, at) + '{}[]",:0-e9aZ'.charAt(Math.floor(next() * 13)) + mangled.slice(at);
        else mangled = mangled.slice(0, at) + mangled.slice(at).replace(/\d/, '9e999');
      }
      expect(() => parseClipText(mangled)).not.toThrow();
    }
  });
});
