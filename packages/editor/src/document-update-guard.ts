import * as Y from 'yjs';
import { EDITOR_NODES } from './nodes.js';

/**
 * A Yjs update can be perfectly valid to Yjs and still break every Lexical
 * editor that opens the document: a paragraph without its `__type`, text
 * directly under the root, a binary blob. This checks an update against the
 * shape `@lexical/yjs` (binding v1) writes, before the server applies it:
 *
 * - the only root type is the XmlText "root";
 * - the root holds element nodes (XmlText, or XmlElement for decorators);
 * - an element XmlText holds text, text-node Maps, nested elements;
 * - keyed entries (node properties) are `__name` keys with plain values, and
 *   `__type` names a node type Kopa registers;
 * - every node created by the update gets its `__type` in the same update, and
 *   no update removes a live node's `__type`.
 *
 * Returns why the update is refused, or null when it is fine.
 */
const CORE_NODE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab'];
export const DOCUMENT_NODE_TYPES: ReadonlySet<string> = new Set([
  ...CORE_NODE_TYPES,
  ...EDITOR_NODES.map((node) => node.getType()),
]);

const ROOT_NAME = 'root';
const PROPERTY_KEY = /^__[A-Za-z][A-Za-z0-9]*$/;

type Struct = Y.Item | Y.GC | Y.Skip;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];
type Place =
  | { kind: 'root'; name: string; parentSub: string | null }
  | { kind: 'type'; typeItem: Y.Item; parentSub: string | null }
  /** Yjs will discard it (its neighbour or parent was garbage-collected) or keep it pending. */
  | { kind: 'ignored' };

export function checkDocumentUpdate(doc: Y.Doc, update: Uint8Array): string | null {
  let decoded: { structs: Struct[]; ds: DeleteSet };
  try {
    decoded = Y.decodeUpdate(update) as { structs: Struct[]; ds: DeleteSet };
  } catch {
    return 'the update cannot be decoded';
  }
  const lookup = createLookup(doc, decoded.structs);
  const places = new Map<Y.Item, Place>();
  const placeOf = (item: Y.Item, depth = 0): Place => {
    let place = places.get(item);
    if (!place) {
      place = locate(item, lookup, (next) => (depth > 10_000 ? { kind: 'ignored' } : placeOf(next, depth + 1)));
      places.set(item, place);
    }
    return place;
  };

  const createdNodes: Y.Item[] = [];
  const typed = new Set<string>();
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const problem = checkContent(struct);
    if (problem) return problem;
    const place = placeOf(struct);
    if (place.kind === 'ignored') continue;
    const placement = checkPlacement(struct, place);
    if (placement) return placement;
    if (struct.content instanceof Y.ContentType) createdNodes.push(struct);
    if (place.kind === 'type' && place.parentSub === '__type') typed.add(idKey(place.typeItem.id));
  }
  for (const node of createdNodes) {
    if (!typed.has(idKey(node.id))) return 'a node is created without its __type';
  }
  return checkDeletions(doc, decoded.ds, typed);
}

function checkContent(item: Y.Item): string | null {
  const content = item.content;
  if (content instanceof Y.ContentType) {
    const type = content.type.constructor;
    return type === Y.XmlText || type === Y.Map || type === Y.XmlElement ? null : 'unexpected shared type';
  }
  if (content instanceof Y.ContentString || content instanceof Y.ContentAny || content instanceof Y.ContentDeleted) {
    return null;
  }
  return `unexpected content (${content.constructor.name})`;
}

function checkPlacement(item: Y.Item, place: Exclude<Place, { kind: 'ignored' }>): string | null {
  const content = item.content;
  if (content instanceof Y.ContentDeleted) return place.kind === 'root' && place.name !== ROOT_NAME ? 'unknown root' : null;
  if (place.parentSub !== null) {
    if (!PROPERTY_KEY.test(place.parentSub)) return 'unexpected property key';
    if (!(content instanceof Y.ContentAny)) return 'a property holds something other than a plain value';
    if (place.parentSub === '__type') {
      const [value] = content.arr;
      if (content.arr.length !== 1 || typeof value !== 'string' || !DOCUMENT_NODE_TYPES.has(value)) {
        return 'unknown node type';
      }
    }
    return place.kind === 'root' && place.name !== ROOT_NAME ? 'unknown root' : null;
  }
  if (place.kind === 'root') {
    if (place.name !== ROOT_NAME) return 'unknown root';
    const isElement =
      content instanceof Y.ContentType && (content.type instanceof Y.XmlText || content.type instanceof Y.XmlElement);
    return isElement ? null : 'the root holds something other than elements';
  }
  const parentType = (place.typeItem.content as Y.ContentType).type;
  if (parentType.constructor !== Y.XmlText) return 'children inside a map or decorator';
  return content instanceof Y.ContentString || content instanceof Y.ContentType ? null : 'unexpected child';
}

/** Removing a node's `__type` while the node lives on (and gets no new one) breaks it for everyone. */
function checkDeletions(doc: Y.Doc, ds: DeleteSet, retyped: ReadonlySet<string>): string | null {
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs || structs.length === 0) continue;
    const known = Y.getState(doc.store, client);
    for (const range of ranges) {
      const start = Math.max(range.clock, structs[0]!.id.clock);
      const end = Math.min(range.clock + range.len, known);
      if (start >= end) continue;
      for (let i = Y.findIndexSS(structs, start); i < structs.length && structs[i]!.id.clock < end; i++) {
        const struct = structs[i]!;
        if (!(struct instanceof Y.Item) || struct.deleted || struct.parentSub !== '__type') continue;
        const owner = (struct.parent as Y.AbstractType<unknown>)._item;
        if (!owner || owner.deleted || Y.isDeleted(ds, owner.id) || retyped.has(idKey(owner.id))) continue;
        return 'the update removes a node’s __type';
      }
    }
  }
  return null;
}

interface Lookup {
  find(id: Y.ID): Y.Item | Y.GC | null;
}

/** Finds a struct by id in the update itself or, failing that, in the document. */
function createLookup(doc: Y.Doc, structs: readonly Struct[]): Lookup {
  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct);
    else byClient.set(struct.id.client, [struct]);
  }
  return {
    find(id) {
      const local = byClient.get(id.client);
      if (local) {
        const hit = local.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
        if (hit && !(hit instanceof Y.Skip)) return hit;
      }
      if (Y.getState(doc.store, id.client) > id.clock) return Y.getItem(doc.store, id) as Y.Item | Y.GC;
      return null;
    },
  };
}

/** Where an item goes: under which type (or root), at which key. */
function locate(item: Y.Item, lookup: Lookup, placeOf: (item: Y.Item) => Place): Place {
  const parent = item.parent as unknown;
  if (parent instanceof Y.AbstractType) {
    // Already in the document: Yjs resolved it when integrating.
    const typeItem = parent._item;
    if (typeItem === null) return { kind: 'root', name: Y.findRootTypeKey(parent), parentSub: item.parentSub };
    return typeItem.content instanceof Y.ContentType ? { kind: 'type', typeItem, parentSub: item.parentSub } : { kind: 'ignored' };
  }
  if (typeof parent === 'string') return { kind: 'root', name: parent, parentSub: item.parentSub };
  if (parent instanceof Y.ID) {
    const typeItem = lookup.find(parent);
    if (!(typeItem instanceof Y.Item) || !(typeItem.content instanceof Y.ContentType)) return { kind: 'ignored' };
    return { kind: 'type', typeItem, parentSub: item.parentSub };
  }
  // No parent in the encoding: it is the parent of the left (or right) neighbour.
  const neighbourId = item.origin ?? item.rightOrigin;
  const neighbour = neighbourId ? lookup.find(neighbourId) : null;
  return neighbour instanceof Y.Item ? placeOf(neighbour) : { kind: 'ignored' };
}

function idKey(id: Y.ID): string {
  return `${id.client}:${id.clock}`;
}
