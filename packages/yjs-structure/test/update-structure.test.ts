import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deletedDocumentItems, deletedLength, idKey, readUpdateStructure, type Place } from '../src/index.js';

/** A server doc, a client copy of it, and the updates the client makes from here on. */
function pair(setUp?: (doc: Y.Doc) => void) {
  const server = new Y.Doc();
  if (setUp) setUp(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  const lastUpdate = () => {
    expect(updates.length).toBeGreaterThan(0);
    return Y.mergeUpdates(updates.splice(0));
  };
  return { server, client, lastUpdate };
}

/** A readable form of a place: root name or the parent item's id, and the key. */
function describePlace(place: Place): string {
  if (place.kind === 'ignored') return 'ignored';
  const where = place.kind === 'root' ? `root ${place.name}` : `in ${idKey(place.typeItem.id)}`;
  return `${where} @ ${place.parentSub ?? '(sequence)'}`;
}

describe('readUpdateStructure', () => {
  it('refuses bytes that are not an update', () => {
    const doc = new Y.Doc();
    expect(readUpdateStructure(doc, new Uint8Array([255, 255, 255, 1, 2, 3]))).toBeNull();
    // Seeded garbage: never a throw, either null or a structure.
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(random() * 256));
      expect(() => {
        const structure = readUpdateStructure(doc, bytes);
        structure?.items.forEach((item) => structure.placeOf(item));
      }).not.toThrow();
    }
  });

  it('places keyed entries of a root map and of a nested map', () => {
    const { server, client, lastUpdate } = pair();
    client.transact(() => {
      const inner = new Y.Map<unknown>();
      client.getMap('objects').set('a', inner);
      inner.set('x', 1);
      inner.set('type', 'note');
    });
    const structure = readUpdateStructure(server, lastUpdate())!;
    const mapItem = structure.items.find((item) => item.content instanceof Y.ContentType)!;
    expect(describePlace(structure.placeOf(mapItem))).toBe('root objects @ a');
    const keyed = structure.items.filter((item) => item !== mapItem).map((item) => describePlace(structure.placeOf(item)));
    expect(keyed.sort()).toEqual([`in ${idKey(mapItem.id)} @ type`, `in ${idKey(mapItem.id)} @ x`]);
    expect(structure.items.every((item) => structure.isNew(item))).toBe(true);
  });

  it('places text typed after existing text through its neighbour in the document', () => {
    const { server, client, lastUpdate } = pair((doc) => {
      const text = new Y.Text('Hello');
      doc.getMap('objects').set('a', text);
    });
    (client.getMap('objects').get('a') as Y.Text).insert(5, ' there');
    const structure = readUpdateStructure(server, lastUpdate())!;
    const textItem = (server.getMap('objects').get('a') as Y.Text)._item!;
    expect(structure.items).toHaveLength(1);
    const place = structure.placeOf(structure.items[0]!);
    expect(place.kind === 'type' && place.typeItem).toBe(textItem);
    expect(describePlace(place)).toBe(`in ${idKey(textItem.id)} @ (sequence)`);
  });

  it('follows neighbours inside the update itself', () => {
    const { server, client, lastUpdate } = pair();
    const list = client.getArray<number>('points');
    list.push([1]);
    list.push([2]);
    list.insert(1, [3]);
    const structure = readUpdateStructure(server, lastUpdate())!;
    expect(structure.items.map((item) => describePlace(structure.placeOf(item)))).toEqual(
      structure.items.map(() => 'root points @ (sequence)'),
    );
  });

  it('marks items whose parent nobody knows as ignored instead of failing', () => {
    const origin = new Y.Doc();
    const map = origin.getMap<Y.Map<unknown>>('objects');
    map.set('a', new Y.Map());
    const before = Y.encodeStateVector(origin);
    map.get('a')!.set('x', 1);
    // Only the nested write, to a doc that never saw the nested map.
    const structure = readUpdateStructure(new Y.Doc(), Y.encodeStateAsUpdate(origin, before))!;
    expect(structure.items).toHaveLength(1);
    expect(structure.placeOf(structure.items[0]!)).toEqual({ kind: 'ignored' });
    expect(structure.find(new Y.ID(origin.clientID, 0))).toBeNull();
  });

  it('tells repeated structs from new ones', () => {
    const { server } = pair((doc) => doc.getMap('board').set('layout', 'wall'));
    const structure = readUpdateStructure(server, Y.encodeStateAsUpdate(server))!;
    expect(structure.items).toHaveLength(1);
    expect(structure.isNew(structure.items[0]!)).toBe(false);
    expect(structure.find(structure.items[0]!.id)).toBeInstanceOf(Y.Item);
  });
});

describe('deleted items', () => {
  it('lists the live document items an update deletes, with the deleted length', () => {
    const { server, client, lastUpdate } = pair((doc) => doc.getText('text').insert(0, 'abcdefghij'));
    client.getText('text').delete(2, 3);
    const structure = readUpdateStructure(server, lastUpdate())!;
    const deleted = [...deletedDocumentItems(server, structure.ds)];
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.length).toBe(3);
    expect(deleted[0]!.item.parent).toBe(server.getText('text'));
  });

  it('skips items the document already deleted', () => {
    const { server, client, lastUpdate } = pair((doc) => doc.getText('text').insert(0, 'abc'));
    client.getText('text').delete(0, 3);
    const update = lastUpdate();
    Y.applyUpdate(server, update);
    expect([...deletedDocumentItems(server, readUpdateStructure(server, update)!.ds)]).toEqual([]);
  });

  it('counts how much of a new item its own update deletes', () => {
    const { server, client, lastUpdate } = pair();
    client.transact(() => {
      client.getText('text').insert(0, 'abcdef');
      client.getText('text').delete(1, 2);
    });
    const structure = readUpdateStructure(server, lastUpdate())!;
    const inserted = structure.items.reduce((sum, item) => sum + item.length, 0);
    const removed = structure.items.reduce((sum, item) => sum + deletedLength(structure.ds, item.id, item.length), 0);
    expect(inserted - removed).toBe(4);
  });
});
