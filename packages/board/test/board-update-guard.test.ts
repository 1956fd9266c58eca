import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_LIMITS, GUARD_LIMITS } from '../src/board-types.js';
import { BoardModel } from '../src/board-model.js';
import { checkBoardUpdate } from '../src/board-update-guard.js';
import { createBoardContent } from '../src/create-board-content.js';

type Fields = Record<string, unknown>;

/**
 * A server doc and a client editing a copy. `send` checks the client's updates
 * since the last call and applies them to the server when accepted.
 */
function setUp(prepare?: (doc: Y.Doc) => void) {
  const server = new Y.Doc();
  if (prepare) prepare(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const pending: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => pending.push(update));
  const send = (): string | null => {
    const update = Y.mergeUpdates(pending.splice(0));
    const problem = checkBoardUpdate(server, update);
    if (problem === null) Y.applyUpdate(server, update);
    return problem;
  };
  const objects = client.getMap<Y.Map<unknown>>('objects');
  return { server, client, objects, send };
}

/** An object map as BoardModel writes it: plain fields, `text` as Y.Text, `points` as Y.Array. */
function objectMap(fields: Fields): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'text' && typeof value === 'string') map.set(key, new Y.Text(value));
    else if (key === 'points' && Array.isArray(value)) map.set(key, Y.Array.from(value as number[]));
    else if (value !== undefined) map.set(key, value);
  }
  return map;
}

const box = { x: 10, y: 20, w: 200, h: 120, order: 'a0', frameId: null };
const note = { type: 'note', ...box, color: 'yellow', text: 'Hello', column: null, columnOrder: 'a0' };
const LEGIT: Record<string, Fields> = {
  n1: note,
  t1: { type: 'text', ...box, order: 'a1', color: 'black', text: 'Title', size: 'xl' },
  s1: { type: 'shape', ...box, order: 'a2', kind: 'ellipse', color: 'blue', filled: true, text: '' },
  l1: { type: 'line', ...box, order: 'a3', w: -50, h: -10, color: 'grey', arrow: true },
  c1: { type: 'connector', order: 'a4', frameId: null, fromId: 'n1', toId: 's1', color: 'black', arrow: true },
  p1: { type: 'stroke', ...box, order: 'a5', w: 0, h: 0, color: 'green', size: 4, points: [0, 0, 0.5, 3, 4, 0.5] },
  i1: { type: 'image', ...box, order: 'a6', uploadId: '0b7c1c9e-8f3e-4c53-a4a6-1a2b3c4d5e6f', alt: 'Our school', largestWidth: 1920 },
  f1: { type: 'frame', ...box, order: 'a7', title: 'Ideas', color: 'purple' },
};

describe('checkBoardUpdate: what the model writes passes', () => {
  it('accepts creating every kind of object, settings and columns', () => {
    const { server, client, objects, send } = setUp();
    client.transact(() => {
      for (const [id, fields] of Object.entries(LEGIT)) objects.set(id, objectMap(fields));
      client.getMap('board').set('layout', 'wall');
      const column = new Y.Map<unknown>();
      client.getMap<Y.Map<unknown>>('columns').set('col_1', column);
      column.set('title', 'To do');
      column.set('order', 'a0');
    });
    expect(send()).toBeNull();
    expect(server.getMap('objects').size).toBe(Object.keys(LEGIT).length);
    expect(server.getMap('board').get('layout')).toBe('wall');
  });

  it('accepts edits: moving, recolouring, typing, drawing, resizing, reordering and deleting', () => {
    const { server, client, objects, send } = setUp();
    client.transact(() => {
      for (const [id, fields] of Object.entries(LEGIT)) objects.set(id, objectMap(fields));
    });
    expect(send()).toBeNull();

    client.transact(() => {
      objects.get('n1')!.set('x', -400.5);
      objects.get('n1')!.set('color', 'pink');
      objects.get('n1')!.set('frameId', 'f1');
    });
    expect(send()).toBeNull();
    (objects.get('n1')!.get('text') as Y.Text).insert(5, ', world');
    expect(send()).toBeNull();
    (objects.get('n1')!.get('text') as Y.Text).delete(0, 3);
    expect(send()).toBeNull();
    for (let i = 0; i < 20; i++) (objects.get('p1')!.get('points') as Y.Array<number>).push([i, i * 2, 0.5]);
    expect(send()).toBeNull();
    client.transact(() => {
      objects.get('p1')!.set('w', 57);
      objects.get('p1')!.set('h', 38);
      objects.get('s1')!.set('order', 'a9V');
    });
    expect(send()).toBeNull();
    client.transact(() => {
      objects.delete('c1');
      objects.delete('n1');
    });
    expect(send()).toBeNull();
    expect([...server.getMap('objects').keys()].sort()).toEqual(['f1', 'i1', 'l1', 'p1', 's1', 't1']);
    expect((server.getMap<Y.Map<unknown>>('objects').get('p1')!.get('points') as Y.Array<number>).length).toBe(66);
  });

  it('accepts everything BoardModel writes, update by update', () => {
    const { server, client, send } = setUp((doc) => Y.applyUpdate(doc, createBoardContent({ layout: 'wall', columns: ['To do', 'Done'] })));
    const model = new BoardModel(client);
    const steps: [string, () => void][] = [
      ['frame', () => model.add({ type: 'frame', x: -50, y: -50, w: 900, h: 600, title: 'Ideas', color: 'purple' })],
      ['note', () => model.add({ type: 'note', x: 0, y: 0, w: 200, h: 200, color: 'yellow', text: 'Hello <b>', column: null })],
      ['text', () => model.add({ type: 'text', x: 300, y: 0, w: 200, h: 40, color: 'black', text: 'Title', size: 'l' })],
      ['shape', () => model.add({ type: 'shape', x: 0, y: 300, w: 100, h: 100, kind: 'ellipse', color: 'green', filled: true, text: 'Go' })],
      ['line', () => model.add({ type: 'line', x: 10, y: 10, w: -40, h: 30, color: 'grey', arrow: true })],
      ['image', () => model.add({ type: 'image', x: 500, y: 300, w: 160, h: 90, uploadId: 'a-b-c', alt: 'Us', largestWidth: 320 })],
      ['connector', () => {
        const [first, second] = model.snapshot().objects.filter((o) => o.type === 'note' || o.type === 'shape');
        model.add({ type: 'connector', fromId: first!.id, toId: second!.id, color: 'black', arrow: true });
      }],
      ['stroke', () => {
        const id = model.startStroke({ x: 600, y: 100, color: 'blue', size: 5, points: [0, 0, 0.5] });
        for (let i = 1; i < 10; i++) model.addStrokePoints(id, [i * 3, -i * 2, 0.5]);
        model.finishStroke(id);
      }],
      ['edits', () => {
        const [frame, note] = model.snapshot().objects;
        model.setText(note!.id, 'Hello there');
        model.update(note!.id, { color: 'pink' });
        model.moveBy([frame!.id], 40, 20);
        model.resize(note!.id, { x: 10, y: 10, w: 240, h: 180 });
        model.reorder([note!.id], 'front');
        model.duplicate(model.snapshot().objects.map((o) => o.id));
      }],
      ['wall', () => {
        const column = model.addColumn('Doing');
        model.renameColumn(column, 'In progress');
        const note = model.snapshot().objects.find((o) => o.type === 'note')!;
        model.placeNote(note.id, column, null);
        model.moveColumn(column, null);
        model.removeColumn(model.snapshot().columns[0]!.id);
        model.setLayout('canvas');
      }],
      ['remove', () => model.remove(model.snapshot().objects.slice(0, 5).map((o) => o.id))],
      ['repair', () => model.repair()],
    ];
    for (const [name, step] of steps) {
      step();
      expect([name, send()]).toEqual([name, null]);
    }
    expect(Y.encodeStateAsUpdate(server)).toEqual(Y.encodeStateAsUpdate(client));
  });

  it('accepts writing the same type again', () => {
    const { objects, send } = setUp();
    objects.set('n1', objectMap(note));
    expect(send()).toBeNull();
    objects.get('n1')!.set('type', 'note');
    expect(send()).toBeNull();
  });

  it('accepts replacing a full-length text in one step (what is deleted counts)', () => {
    const { objects, send } = setUp();
    objects.set('n1', objectMap({ ...note, text: 'a'.repeat(GUARD_LIMITS.maxTextLength) }));
    expect(send()).toBeNull();
    const text = objects.get('n1')!.get('text') as Y.Text;
    text.doc!.transact(() => {
      text.delete(0, text.length);
      text.insert(0, 'b'.repeat(GUARD_LIMITS.maxTextLength));
    });
    expect(send()).toBeNull();
  });
});

describe('checkBoardUpdate: concurrent writers', () => {
  it('accepts two people filling one note at once, though together they pass the model’s own limit', () => {
    const server = new Y.Doc();
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const [modelA, modelB] = [new BoardModel(a), new BoardModel(b)];
    const id = modelA.add({ type: 'note', x: 0, y: 0, w: 200, h: 160, color: 'yellow', text: '', column: null });
    const created = Y.encodeStateAsUpdate(a);
    expect(checkBoardUpdate(server, created)).toBeNull();
    Y.applyUpdate(server, created);
    Y.applyUpdate(b, created);
    const [vectorA, vectorB] = [Y.encodeStateVector(a), Y.encodeStateVector(b)];
    modelA.setText(id, 'a'.repeat(BOARD_LIMITS.maxTextLength));
    modelB.setText(id, 'b'.repeat(BOARD_LIMITS.maxTextLength));
    for (const [doc, vector] of [[a, vectorA], [b, vectorB]] as const) {
      const update = Y.encodeStateAsUpdate(doc, vector);
      expect(checkBoardUpdate(server, update)).toBeNull();
      Y.applyUpdate(server, update);
    }
    expect((server.getMap<Y.Map<unknown>>('objects').get(id)!.get('text') as Y.Text).length).toBe(2 * BOARD_LIMITS.maxTextLength);
  });
});

describe('checkBoardUpdate: refused writes', () => {
  /** Creates the legit objects on the server, then makes one bad change on the client. */
  const refusal = (change: (client: Y.Doc, objects: Y.Map<Y.Map<unknown>>) => void) => {
    const { client, objects, send } = setUp();
    client.transact(() => {
      for (const [id, fields] of Object.entries(LEGIT)) objects.set(id, objectMap(fields));
    });
    expect(send()).toBeNull();
    client.transact(() => change(client, objects));
    return send();
  };

  it.each<[string, (client: Y.Doc, objects: Y.Map<Y.Map<unknown>>) => void, RegExp]>([
    ['an unknown root', (client) => client.getMap('secrets').set('a', 1), /unknown root "secrets"/],
    ['an object id that is not an id', (_, objects) => objects.set('<b>no</b>', objectMap(note)), /object id/],
    ['an overlong object id', (_, objects) => objects.set('x'.repeat(41), objectMap(note)), /object id/],
    ['an object that is not a map', (_, objects) => objects.set('n2', 5 as never), /n2 is not a map/],
    ['an object created without its type', (_, objects) => objects.set('n2', objectMap({ ...note, type: undefined })), /n2 is created without its type/],
    ['an unknown type', (_, objects) => objects.set('n2', objectMap({ ...note, type: 'widget' })), /type of object n2 must be one of/],
    ['a field of another type', (_, objects) => objects.get('n1')!.set('arrow', true), /a note has no field "arrow"/],
    ['an unknown field', (_, objects) => objects.get('l1')!.set('onclick', 'alert(1)'), /a line has no field "onclick"/],
    ['a coordinate out of bounds', (_, objects) => objects.get('n1')!.set('x', 2e6), /x of note n1 must be a number/],
    ['a coordinate that is not finite', (_, objects) => objects.get('n1')!.set('y', Number.NaN), /y of note n1/],
    ['a coordinate that is a string', (_, objects) => objects.get('n1')!.set('w', '100'), /w of note n1/],
    ['an unknown colour', (_, objects) => objects.get('n1')!.set('color', '#ff0000'), /color of note n1 must be one of/],
    ['an unknown text size', (_, objects) => objects.get('t1')!.set('size', 'huge'), /size of text t1/],
    ['a stroke width out of range', (_, objects) => objects.get('p1')!.set('size', 0), /size of stroke p1 must be a number from 1 to 100/],
    ['an unknown shape kind', (_, objects) => objects.get('s1')!.set('kind', 'star'), /kind of shape s1/],
    ['a boolean that is not', (_, objects) => objects.get('s1')!.set('filled', 'yes'), /filled of shape s1 must be true or false/],
    ['an overlong frame title', (_, objects) => objects.get('f1')!.set('title', 'x'.repeat(121)), /title of frame f1 must be a string of at most 120/],
    ['an overlong alt text', (_, objects) => objects.get('i1')!.set('alt', 'x'.repeat(301)), /alt of image i1/],
    ['an upload id with a path in it', (_, objects) => objects.get('i1')!.set('uploadId', '../../etc/passwd'), /uploadId of image i1/],
    ['a connector end that is not an id', (_, objects) => objects.get('c1')!.set('toId', ''), /toId of connector c1/],
    ['a bad frame id', (_, objects) => objects.get('n1')!.set('frameId', 'no way'), /frameId of note n1/],
    ['a huge order key', (_, objects) => objects.get('n1')!.set('order', 'a'.repeat(101)), /order of note n1/],
    ['a nested map in a field', (_, objects) => objects.get('n1')!.set('color', new Y.Map()), /color of note n1 must be one of/],
    ['a Y.Text outside `text`', (_, objects) => objects.get('f1')!.set('title', new Y.Text('hi')), /title of frame f1/],
    ['a Y.Array at `text`', (_, objects) => objects.get('n1')!.set('text', Y.Array.from([1])), /text of note n1 must be a shared text/],
    ['a plain string at `text`', (_, objects) => objects.get('n1')!.set('text', 'plain'), /text of note n1 must be a shared text/],
    ['an embed in a text', (_, objects) => (objects.get('n1')!.get('text') as Y.Text).insertEmbed(0, { src: 'x' }), /unexpected content \(ContentEmbed\)/],
    ['formatting in a text', (_, objects) => (objects.get('n1')!.get('text') as Y.Text).format(0, 2, { bold: true }), /unexpected content \(ContentFormat\)/],
    ['a text beyond its limit', (_, objects) => (objects.get('n1')!.get('text') as Y.Text).insert(0, 'x'.repeat(GUARD_LIMITS.maxTextLength - 4)), /text would be longer than 4000/],
    ['a word in a point list', (_, objects) => (objects.get('p1')!.get('points') as Y.Array<unknown>).push(['x']), /point list holds something other than finite numbers/],
    ['an infinite point', (_, objects) => (objects.get('p1')!.get('points') as Y.Array<number>).push([Infinity]), /point list/],
    ['too many points', (_, objects) => (objects.get('p1')!.get('points') as Y.Array<number>).push(Array.from({ length: GUARD_LIMITS.maxStrokeNumbers }, () => 1)), /more numbers than 24000/],
    ['a map inside a point list', (_, objects) => (objects.get('p1')!.get('points') as Y.Array<unknown>).push([new Y.Map()]), /point list holds something other than finite numbers/],
    ['changing an object’s type', (_, objects) => objects.get('n1')!.set('type', 'shape'), /n1 cannot change from note to shape/],
    ['a shared type nested in a field', (_, objects) => void objects.get('n1')!.set('column', new Y.Map()).set('a', 1), /column of note n1 must be an id or null/],
    ['removing an object’s type', (_, objects) => objects.get('n1')!.delete('type'), /removes the type of object n1/],
    ['an unknown layout', (client) => client.getMap('board').set('layout', 'grid'), /layout must be one of canvas, wall/],
    ['an unknown setting', (client) => client.getMap('board').set('theme', 'dark'), /unknown board setting "theme"/],
    ['a column that is not a map', (client) => client.getMap('columns').set('c1', 'To do'), /column c1 is not a map/],
    ['an unknown column field', (client) => client.getMap('columns').set('c1', new Y.Map([['color', 'red']])), /a column has no field "color"/],
    ['an overlong column title', (client) => client.getMap('columns').set('c1', new Y.Map([['title', 'x'.repeat(121)]])), /title of column c1/],
    ['binary content', (_, objects) => objects.get('n1')!.set('alt', new Uint8Array([1, 2])), /unexpected content \(ContentBinary\)/],
    ['a subdocument', (_, objects) => objects.get('n1')!.set('alt', new Y.Doc()), /unexpected content \(ContentDoc\)/],
  ])('refuses %s', (_, change, reason) => {
    expect(refusal(change)).toMatch(reason);
  });

  it('refuses going above maxObjects, counting what exists', () => {
    const full = (doc: Y.Doc) => {
      const existing = doc.getMap<Y.Map<unknown>>('objects');
      doc.transact(() => {
        for (let i = 0; i < GUARD_LIMITS.maxObjects - 1; i++) existing.set(`o${i}`, new Y.Map([['type', 'line']]));
      });
    };
    const twoMore = setUp(full);
    twoMore.client.transact(() => {
      twoMore.objects.set('a', objectMap(note));
      twoMore.objects.set('b', objectMap(note));
    });
    expect(twoMore.send()).toBe(`the board would hold more than ${GUARD_LIMITS.maxObjects} objects`);

    const { server, objects, send } = setUp(full);
    objects.set('a', objectMap(note));
    expect(send()).toBeNull();
    expect(server.getMap('objects').size).toBe(GUARD_LIMITS.maxObjects);
    objects.get('a')!.set('x', 5);
    expect(send()).toBeNull();
    objects.set('c', objectMap(note));
    expect(send()).toMatch(/more than 10000 objects/);
  });

  it('refuses two different types for one new object', () => {
    const { server } = setUp();
    const a = new Y.Doc();
    a.getMap<Y.Map<unknown>>('objects').set('n2', objectMap(note));
    const first = Y.encodeStateAsUpdate(a);
    const b = new Y.Doc();
    Y.applyUpdate(b, first);
    const before = Y.encodeStateVector(b);
    b.getMap<Y.Map<unknown>>('objects').get('n2')!.set('type', 'frame');
    const both = Y.mergeUpdates([first, Y.encodeStateAsUpdate(b, before)]);
    expect(checkBoardUpdate(server, both)).toBe('object n2 gets two different types');
  });

  it('refuses a root that is a list', () => {
    const { server } = setUp();
    const other = new Y.Doc();
    other.getArray('objects').push([1]);
    expect(checkBoardUpdate(server, Y.encodeStateAsUpdate(other))).toBe('the objects root is a map, not a list');
  });

  it('refuses more than maxColumns columns', () => {
    const { client, send } = setUp();
    client.transact(() => {
      for (let i = 0; i <= GUARD_LIMITS.maxColumns; i++) client.getMap('columns').set(`c${i}`, new Y.Map([['title', `${i}`]]));
    });
    expect(send()).toMatch(/more than 40 columns/);
  });
});

describe('checkBoardUpdate: hostile and odd updates', () => {
  /** Seeded LCG: the same bytes on every run. */
  const random = (seed: number) => () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

  /** Accepted updates must leave a doc whose roots are all board roots. */
  const harmless = (server: Y.Doc, bytes: Uint8Array) => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(copy, bytes);
    return [...copy.share.keys()].every((name) => ['objects', 'columns', 'board'].includes(name));
  };

  /** Like harmless(), but Yjs itself may throw on some bytes it cannot read; those never reach a document. */
  const appliesHarmlessly = (server: Y.Doc, bytes: Uint8Array) => {
    try {
      return harmless(server, bytes);
    } catch {
      return true;
    }
  };

  it('refuses random bytes without throwing', () => {
    const server = new Y.Doc();
    const next = random(42);
    expect(checkBoardUpdate(server, Uint8Array.from([255, 1, 2, 3, 4, 5, 6, 7, 8]))).toBe('the update cannot be decoded');
    for (let round = 0; round < 300; round++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 60) }, () => Math.floor(next() * 256));
      const problem = checkBoardUpdate(server, bytes);
      if (problem === null) expect(harmless(server, bytes)).toBe(true);
    }
  });

  it('survives corrupted real updates', () => {
    const { server, client, objects } = setUp();
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    client.transact(() => {
      for (const [id, fields] of Object.entries(LEGIT)) objects.set(id, objectMap(fields));
    });
    const good = updates[0]!;
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const bytes = good.slice();
      for (let flips = 1 + Math.floor(next() * 3); flips > 0; flips--) {
        bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      }
      let problem: string | null = null;
      expect(() => (problem = checkBoardUpdate(server, bytes))).not.toThrow();
      if (problem === null) expect(appliesHarmlessly(server, bytes)).toBe(true);
    }
  });

  it('ignores writes into objects the server has never seen (Yjs keeps them pending)', () => {
    const origin = new Y.Doc();
    const objects = origin.getMap<Y.Map<unknown>>('objects');
    objects.set('n1', objectMap(note));
    const before = Y.encodeStateVector(origin);
    objects.get('n1')!.set('x', 99);
    (objects.get('n1')!.get('text') as Y.Text).insert(0, 'more ');
    const orphan = Y.encodeStateAsUpdate(origin, before);
    expect(checkBoardUpdate(new Y.Doc(), orphan)).toBeNull();
  });

  it('ignores writes into objects that were deleted and collected', () => {
    const { server, client, objects, send } = setUp();
    objects.set('n1', objectMap(note));
    expect(send()).toBeNull();
    // Someone else deletes n1 on the server while this client still moves it.
    server.getMap('objects').delete('n1');
    objects.get('n1')!.set('x', 5);
    expect(send()).toBeNull();
    expect(server.getMap('objects').has('n1')).toBe(false);
    expect(client.getMap('objects').has('n1')).toBe(true);
  });

  it('accepts an update that repeats what the server already has', () => {
    const { server, client, objects, send } = setUp();
    client.transact(() => {
      for (const [id, fields] of Object.entries(LEGIT)) objects.set(id, objectMap(fields));
    });
    expect(send()).toBeNull();
    expect(checkBoardUpdate(server, Y.encodeStateAsUpdate(client))).toBeNull();
  });
});
