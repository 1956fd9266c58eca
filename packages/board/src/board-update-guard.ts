import {
  deletedDocumentItems,
  deletedLength,
  idKey,
  readUpdateStructure,
  type Place,
  type UpdateStructure,
} from '@kopa/yjs-structure';
import * as Y from 'yjs';
import { BOARD_ROOTS, columnsOf, objectsOf, POINTS_FIELD, TEXT_FIELD } from './board-doc.js';
import { BOARD_LAYOUTS, GUARD_LIMITS, type ObjectType } from './board-types.js';
import { BOARD_ID_PATTERN } from './board-id.js';
import {
  COLUMN_FIELD_RULES,
  isObjectType,
  isPointNumber,
  objectFieldRule,
  type FieldRule,
} from './object-field-rules.js';

/**
 * Checks an untrusted Yjs update against the board layout of board-doc.ts before
 * the server applies it, so no client can leave a board that breaks the others'
 * snapshot, undo or rendering:
 *
 * - only the roots `objects`, `columns` and `board`, each a map;
 * - an object is a Y.Map under an id; its fields are those of its type in
 *   board-types.ts with values of the right kind (finite coordinates within
 *   bounds, known colours and enums, strings within limits); `text` is a Y.Text
 *   of plain characters, `points` a Y.Array of numbers;
 * - a new object gets its `type` in the same update, and a type never changes
 *   nor goes away while the object lives;
 * - no more than GUARD_LIMITS' objects, columns, characters per text and numbers
 *   per stroke (twice what one writer may write: see GUARD_LIMITS).
 *
 * Deleting is always fine. Returns why the update is refused, or null.
 */
export function checkBoardUpdate(doc: Y.Doc, update: Uint8Array): string | null {
  const structure = readUpdateStructure(doc, update);
  if (!structure) return 'the update cannot be decoded';
  try {
    return new BoardUpdateCheck(doc, structure).run();
  } catch {
    // Yjs internals can throw on crafted structs; a guard that throws would let the caller decide, so refuse here.
    return 'the update cannot be checked';
  }
}

const ROOT_NAMES: ReadonlySet<string> = new Set(Object.values(BOARD_ROOTS));
const SETTINGS_RULES: Readonly<Record<string, FieldRule>> = {
  layout: {
    kind: 'value',
    expected: `one of ${BOARD_LAYOUTS.join(', ')}`,
    accepts: (value) => typeof value === 'string' && (BOARD_LAYOUTS as readonly string[]).includes(value),
  },
};

/** What a shared type of the board is, judged by where it sits. */
type Role =
  | { kind: 'object'; id: string }
  | { kind: 'column'; id: string }
  | { kind: 'text' }
  | { kind: 'points' }
  | { kind: 'ignored' }
  | { kind: 'unexpected' };

type Placed<K extends Place['kind']> = Extract<Place, { kind: K }>;

/** Deepest valid nesting: a text inside an object inside the objects root. */
const MAX_ROLE_DEPTH = 3;

class BoardUpdateCheck {
  private readonly roles = new Map<Y.Item, Role>();
  /** Keyed writes into object maps, judged once every object's type is known. */
  private readonly fieldWrites: { object: Y.Item; objectId: string; field: string; item: Y.Item }[] = [];
  /** Types written by this update, per object map (by idKey). */
  private readonly writtenTypes = new Map<string, Set<ObjectType>>();
  private readonly createdObjects: { item: Y.Item; id: string }[] = [];
  private readonly addedObjectIds = new Set<string>();
  private readonly addedColumnIds = new Set<string>();
  /** Characters or numbers added to each text or point list (by idKey of its item). */
  private readonly growth = new Map<string, { typeItem: Y.Item; added: number; limit: number; what: string }>();
  /** Content under a misplaced shared type; reported after the fields, which say better what is wrong. */
  private misplaced: string | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly structure: UpdateStructure,
  ) {}

  run(): string | null {
    for (const item of this.structure.items) {
      const content = checkContent(item);
      if (content) return content;
      const place = this.structure.placeOf(item);
      if (place.kind === 'ignored') continue;
      const problem = place.kind === 'root' ? this.atRoot(item, place) : this.inType(item, place);
      if (problem) return problem;
    }
    return (
      this.checkTypes() ??
      this.checkFields() ??
      this.misplaced ??
      this.checkCounts() ??
      this.checkGrowth() ??
      this.checkDeletions()
    );
  }

  private atRoot(item: Y.Item, { name, parentSub: key }: Placed<'root'>): string | null {
    if (!ROOT_NAMES.has(name)) return `unknown root "${name}"`;
    if (item.content instanceof Y.ContentDeleted) return null;
    if (key === null) return `the ${name} root is a map, not a list`;
    switch (name) {
      case BOARD_ROOTS.objects:
        if (!BOARD_ID_PATTERN.test(key)) return 'an object id is not a short id';
        if (!holdsType(item, Y.Map)) return `object ${key} is not a map`;
        if (this.structure.isNew(item)) {
          this.createdObjects.push({ item, id: key });
          if (!objectsOf(this.doc).has(key)) this.addedObjectIds.add(key);
        }
        return null;
      case BOARD_ROOTS.columns:
        if (!BOARD_ID_PATTERN.test(key)) return 'a column id is not a short id';
        if (!holdsType(item, Y.Map)) return `column ${key} is not a map`;
        if (this.structure.isNew(item) && !columnsOf(this.doc).has(key)) this.addedColumnIds.add(key);
        return null;
      default: {
        const rule = SETTINGS_RULES[key];
        return rule ? checkValue(item, rule, `the board's ${key}`) : `unknown board setting "${key}"`;
      }
    }
  }

  private inType(item: Y.Item, { typeItem, parentSub: key }: Placed<'type'>): string | null {
    const role = this.roleOf(typeItem, 0);
    const deleted = item.content instanceof Y.ContentDeleted;
    switch (role.kind) {
      case 'ignored':
        return null;
      case 'unexpected':
        this.misplaced ??= 'content in a place the board does not have';
        return null;
      case 'object':
        if (key === null) return `object ${role.id} is a map, not a list`;
        if (key === 'type' && !deleted) {
          const rule = objectFieldRule('note', 'type')!;
          const problem = checkValue(item, rule, `the type of object ${role.id}`);
          if (problem) return problem;
          const type = (item.content as Y.ContentAny).arr[0] as ObjectType;
          const types = this.writtenTypes.get(idKey(typeItem.id)) ?? new Set<ObjectType>();
          this.writtenTypes.set(idKey(typeItem.id), types.add(type));
        }
        this.fieldWrites.push({ object: typeItem, objectId: role.id, field: key, item });
        return null;
      case 'column': {
        if (key === null) return `column ${role.id} is a map, not a list`;
        const rule = COLUMN_FIELD_RULES[key];
        return rule ? checkValue(item, rule, `the ${key} of column ${role.id}`) : `a column has no field "${key}"`;
      }
      case 'text':
        if (key !== null) return 'a text holds a keyed entry';
        if (deleted) return null;
        if (!(item.content instanceof Y.ContentString)) return 'a text holds something other than plain characters';
        this.grow(typeItem, item, GUARD_LIMITS.maxTextLength, 'a text would be longer than');
        return null;
      case 'points':
        if (key !== null) return 'a point list holds a keyed entry';
        if (deleted) return null;
        if (!(item.content instanceof Y.ContentAny) || !item.content.arr.every(isPointNumber)) {
          return 'a point list holds something other than finite numbers within bounds';
        }
        this.grow(typeItem, item, GUARD_LIMITS.maxStrokeNumbers, 'a stroke would have more numbers than');
        return null;
    }
  }

  /** What the shared type held by `typeItem` is, from where it sits. */
  private roleOf(typeItem: Y.Item, depth: number): Role {
    let role = this.roles.get(typeItem);
    if (role) return role;
    role = depth > MAX_ROLE_DEPTH ? { kind: 'unexpected' } : this.findRole(typeItem, depth);
    this.roles.set(typeItem, role);
    return role;
  }

  private findRole(typeItem: Y.Item, depth: number): Role {
    const place = this.structure.placeOf(typeItem);
    if (place.kind === 'ignored') return { kind: 'ignored' };
    if (place.kind === 'root') {
      if (place.parentSub === null || !holdsType(typeItem, Y.Map)) return { kind: 'unexpected' };
      if (place.name === BOARD_ROOTS.objects) return { kind: 'object', id: place.parentSub };
      if (place.name === BOARD_ROOTS.columns) return { kind: 'column', id: place.parentSub };
      return { kind: 'unexpected' };
    }
    const parent = this.roleOf(place.typeItem, depth + 1);
    if (parent.kind === 'ignored') return parent;
    if (parent.kind !== 'object') return { kind: 'unexpected' };
    if (place.parentSub === TEXT_FIELD && holdsType(typeItem, Y.Text)) return { kind: 'text' };
    if (place.parentSub === POINTS_FIELD && holdsType(typeItem, Y.Array)) return { kind: 'points' };
    return { kind: 'unexpected' };
  }

  private grow(typeItem: Y.Item, item: Y.Item, limit: number, what: string): void {
    if (!this.structure.isNew(item)) return;
    const key = idKey(typeItem.id);
    const entry = this.growth.get(key) ?? { typeItem, added: 0, limit, what };
    entry.added += item.length - deletedLength(this.structure.ds, item.id, item.length);
    this.growth.set(key, entry);
  }

  /** Every new object gets its type; no object gets a second, different one. */
  private checkTypes(): string | null {
    for (const { item, id } of this.createdObjects) {
      if (!this.writtenTypes.has(idKey(item.id))) return `object ${id} is created without its type`;
    }
    for (const { object, objectId } of this.fieldWrites) {
      const written = this.writtenTypes.get(idKey(object.id));
      if (!written) continue;
      if (written.size > 1) return `object ${objectId} gets two different types`;
      const existing = this.existingType(object);
      const [type] = written;
      if (existing && existing !== type) return `object ${objectId} cannot change from ${existing} to ${type}`;
    }
    return null;
  }

  private checkFields(): string | null {
    for (const { object, objectId, field, item } of this.fieldWrites) {
      const type = this.typeOf(object);
      if (!type) return `object ${objectId} has no type`;
      const rule = objectFieldRule(type, field);
      if (!rule) return `a ${type} has no field "${field}"`;
      const problem = checkValue(item, rule, `the ${field} of ${type} ${objectId}`);
      if (problem) return problem;
    }
    return null;
  }

  private checkCounts(): string | null {
    const objects = objectsOf(this.doc).size + this.addedObjectIds.size;
    if (this.addedObjectIds.size > 0 && objects > GUARD_LIMITS.maxObjects) {
      return `the board would hold more than ${GUARD_LIMITS.maxObjects} objects`;
    }
    const columns = columnsOf(this.doc).size + this.addedColumnIds.size;
    if (this.addedColumnIds.size > 0 && columns > GUARD_LIMITS.maxColumns) {
      return `the board would have more than ${GUARD_LIMITS.maxColumns} columns`;
    }
    return null;
  }

  /** Texts and point lists stay within their limits (what they hold, plus what is added, minus what is deleted). */
  private checkGrowth(): string | null {
    if (this.growth.size === 0) return null;
    const removed = new Map<string, number>();
    for (const { item, length } of deletedDocumentItems(this.doc, this.structure.ds)) {
      const owner = (item.parent as Y.AbstractType<unknown> | null)?._item;
      if (!owner || item.content instanceof Y.ContentDeleted) continue;
      removed.set(idKey(owner.id), (removed.get(idKey(owner.id)) ?? 0) + length);
    }
    for (const [key, { typeItem, added, limit, what }] of this.growth) {
      const existing = this.documentType(typeItem)?._length ?? 0;
      if (existing + added - (removed.get(key) ?? 0) > limit) return `${what} ${limit}`;
    }
    return null;
  }

  /** Removing a live object's type (without writing it again) would leave an object no one can read. */
  private checkDeletions(): string | null {
    const objects = objectsOf(this.doc);
    for (const { item } of deletedDocumentItems(this.doc, this.structure.ds)) {
      if (item.parentSub !== 'type') continue;
      const owner = (item.parent as Y.AbstractType<unknown>)._item;
      if (!owner || owner.deleted || owner.parent !== objects || Y.isDeleted(this.structure.ds, owner.id)) continue;
      if (!this.writtenTypes.has(idKey(owner.id))) return `the update removes the type of object ${owner.parentSub}`;
    }
    return null;
  }

  private typeOf(object: Y.Item): ObjectType | null {
    const [written] = this.writtenTypes.get(idKey(object.id)) ?? [];
    return written ?? this.existingType(object);
  }

  /** The type an object already has in the document. */
  private existingType(object: Y.Item): ObjectType | null {
    const map = this.documentType(object);
    const entry = map?._map.get('type');
    const value = entry?.content instanceof Y.ContentAny ? entry.content.arr[0] : undefined;
    return isObjectType(value) ? value : null;
  }

  /** The document's own copy of the shared type an item holds (the update's copy is empty). */
  private documentType(typeItem: Y.Item): Y.AbstractType<unknown> | null {
    if (this.structure.isNew(typeItem)) return null;
    const item = Y.getItem(this.doc.store, typeItem.id);
    return item instanceof Y.Item && item.content instanceof Y.ContentType ? item.content.type : null;
  }
}

function checkContent(item: Y.Item): string | null {
  const content = item.content;
  if (content instanceof Y.ContentType) {
    const type = content.type.constructor;
    return type === Y.Map || type === Y.Text || type === Y.Array ? null : 'unexpected shared type';
  }
  if (content instanceof Y.ContentString || content instanceof Y.ContentAny || content instanceof Y.ContentDeleted) {
    return null;
  }
  return `unexpected content (${content.constructor.name})`;
}

function holdsType(item: Y.Item, type: typeof Y.Map | typeof Y.Text | typeof Y.Array): boolean {
  return item.content instanceof Y.ContentType && item.content.type.constructor === type;
}

function checkValue(item: Y.Item, rule: FieldRule, label: string): string | null {
  const content = item.content;
  if (content instanceof Y.ContentDeleted) return null;
  switch (rule.kind) {
    case 'value': {
      const ok = content instanceof Y.ContentAny && content.arr.length === 1 && rule.accepts(content.arr[0]);
      return ok ? null : `${label} must be ${rule.expected}`;
    }
    case 'text':
      return holdsType(item, Y.Text) ? null : `${label} must be a shared text`;
    case 'points':
      return holdsType(item, Y.Array) ? null : `${label} must be a list of numbers`;
  }
}
