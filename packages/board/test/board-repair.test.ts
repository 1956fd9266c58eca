import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardModel } from '../src/board-model.js';
import { objectsOf, settingsOf } from '../src/board-doc.js';
import { REPAIR_ORIGIN } from '../src/board-repair.js';
import { readBoard } from '../src/board-snapshot.js';
import type { NewObject } from '../src/board-types.js';

const note = (x: number): NewObject => ({ type: 'note', x, y: 0, w: 100, h: 100, color: 'yellow', text: '', column: null });

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('repair and readBoard', () => {
  it('hides, then removes, a connector to an object removed concurrently; clears a deleted frame', () => {
    const a = new BoardModel(new Y.Doc());
    const b = new BoardModel(new Y.Doc());
    const frame = a.add({ type: 'frame', x: 0, y: 0, w: 500, h: 500, title: '', color: 'grey' });
    const n1 = a.add(note(10));
    const n2 = a.add(note(2000));
    exchange(a.doc, b.doc);
    a.remove([n2]);
    const connector = b.add({ type: 'connector', fromId: n1, toId: n2, color: 'black', arrow: true });
    // Someone removes the frame without its members (not what the model does, but a peer could).
    b.doc.transact(() => objectsOf(b.doc).delete(frame));
    exchange(a.doc, b.doc);

    expect(a.snapshot().byId.has(connector)).toBe(false);
    expect(a.snapshot().byId.get(n1)!.frameId).toBeNull();
    expect(objectsOf(a.doc).get(n1)!.get('frameId')).toBe(frame);

    const origins: unknown[] = [];
    a.doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    a.repair();
    expect(origins).toEqual([REPAIR_ORIGIN]);
    expect(objectsOf(a.doc).has(connector)).toBe(false);
    expect(objectsOf(a.doc).get(n1)!.get('frameId')).toBeNull();
    // Idempotent, and the same repair on both peers converges.
    a.repair();
    expect(origins).toHaveLength(1);
    b.repair();
    exchange(a.doc, b.doc);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    expect(b.snapshot()).toEqual(a.snapshot());
  });

  it('gives malformed fields safe defaults and skips unknown types', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      settingsOf(doc).set('layout', 'spiral');
      const odd = new Y.Map<unknown>();
      objectsOf(doc).set('odd', odd);
      odd.set('type', 'note');
      odd.set('x', 'far');
      odd.set('y', 1e12);
      odd.set('color', 'chartreuse');
      odd.set('order', '!!');
      odd.set('text', 42);
      const alien = new Y.Map<unknown>();
      objectsOf(doc).set('alien', alien);
      alien.set('type', 'hologram');
    });
    const snapshot = readBoard(doc);
    expect(snapshot.layout).toBe('canvas');
    expect(snapshot.objects).toEqual([
      { id: 'odd', type: 'note', order: 'a0', frameId: null, x: 0, y: 1_000_000, w: 0, h: 0, color: 'yellow', text: '', column: null, columnOrder: 'a0' },
    ]);
    // The model works on such a board: a new object still lands on top.
    const model = new BoardModel(doc);
    const id = model.add(note(0));
    expect(model.snapshot().objects.map((o) => o.id)).toEqual(['odd', id]);
  });
});
