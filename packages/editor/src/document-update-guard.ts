import * as Y from 'yjs';
import { deletedDocumentItems, idKey, readUpdateStructure, type DeleteSet, type Place } from '@kopa/yjs-structure';
import { isLanguageTag } from './language-tag.js';
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
 *   no update removes a live node's `__type`;
 * - a passage's language (`__lang`, on language-span nodes) is a well-formed BCP 47 tag
 *   or '': it is written into every reader's page as a `lang` attribute.
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

type PlacedSomewhere = Exclude<Place, { kind: 'ignored' }>;

export function checkDocumentUpdate(doc: Y.Doc, update: Uint8Array): string | null {
  const structure = readUpdateStructure(doc, update);
  if (!structure) return 'the update cannot be decoded';
  const { placeOf } = structure;

  const createdNodes: Y.Item[] = [];
  const typed = new Set<string>();
  for (const struct of structure.items) {
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
  return checkDeletions(doc, structure.ds, typed);
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

function checkPlacement(item: Y.Item, place: PlacedSomewhere): string | null {
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
    if (place.parentSub === '__lang') {
      const [value] = content.arr;
      if (content.arr.length !== 1 || (value !== '' && !isLanguageTag(value))) return 'malformed language tag';
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
  for (const { item } of deletedDocumentItems(doc, ds)) {
    if (item.parentSub !== '__type') continue;
    const owner = (item.parent as Y.AbstractType<unknown>)._item;
    if (!owner || owner.deleted || Y.isDeleted(ds, owner.id) || retyped.has(idKey(owner.id))) continue;
    return 'the update removes a node’s __type';
  }
  return null;
}
