import {
  BOARD_COLORS,
  BOARD_LIMITS,
  OBJECT_TYPES,
  SHAPE_KINDS,
  TEXT_SIZES,
  type BoardObject,
  type ObjectType,
} from './board-types.js';
import { BOARD_ID_PATTERN } from './board-id.js';
import { MAX_PICTURE_WIDTH, STROKE_SIZE_RANGE } from './value-limits.js';

/**
 * What each field of each object type may hold in the Yjs state: the fields of
 * board-types.ts except `id` (the key in the objects map). The server's update
 * guard checks every write against these.
 */
export type FieldRule =
  /** A plain JSON value, checked by `accepts`; `expected` says what it should be, for refusals. */
  | { kind: 'value'; expected: string; accepts: (value: unknown) => boolean }
  /** A Y.Text of plain characters. */
  | { kind: 'text' }
  /** A Y.Array of numbers. */
  | { kind: 'points' };

/** Fractional indexes grow a character or so per insert between neighbours; far below this in practice. */
export const MAX_ORDER_LENGTH = 100;
/** Upload ids are UUIDs today; a picture may still be on its way (empty). */
const UPLOAD_ID_PATTERN = /^[A-Za-z0-9_-]{0,100}$/;

const value = (expected: string, accepts: (value: unknown) => boolean): FieldRule => ({ kind: 'value', expected, accepts });
const oneOf = (values: readonly string[]) =>
  value(`one of ${values.join(', ')}`, (v) => typeof v === 'string' && values.includes(v));
const stringUpTo = (max: number) => value(`a string of at most ${max} characters`, (v) => typeof v === 'string' && v.length <= max);
const matching = (pattern: RegExp, expected: string) => value(expected, (v) => typeof v === 'string' && pattern.test(v));
const numberIn = (min: number, max: number) =>
  value(`a number from ${min} to ${max}`, (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max);
const boolean = value('true or false', (v) => typeof v === 'boolean');
const boardIdOrNull = value('an id or null', (v) => v === null || (typeof v === 'string' && BOARD_ID_PATTERN.test(v)));

const coordinate = numberIn(-BOARD_LIMITS.maxCoordinate, BOARD_LIMITS.maxCoordinate);
const color = oneOf(BOARD_COLORS);
const boardId = matching(BOARD_ID_PATTERN, 'an id');
const order = stringUpTo(MAX_ORDER_LENGTH);

const base = { type: oneOf(OBJECT_TYPES), order, frameId: boardIdOrNull };
const boxed = { ...base, x: coordinate, y: coordinate, w: coordinate, h: coordinate };

/** Fields of one object type, keyed exactly like that type in board-types.ts (checked by the compiler). */
type RulesFor<T extends BoardObject> = Record<Exclude<keyof T, 'id'>, FieldRule>;
type AllRules = { [K in ObjectType]: RulesFor<Extract<BoardObject, { type: K }>> };

const RULES: AllRules = {
  note: { ...boxed, color, text: { kind: 'text' }, column: boardIdOrNull, columnOrder: order },
  text: { ...boxed, color, text: { kind: 'text' }, size: oneOf(TEXT_SIZES) },
  shape: { ...boxed, kind: oneOf(SHAPE_KINDS), color, filled: boolean, text: { kind: 'text' } },
  line: { ...boxed, color, arrow: boolean },
  connector: { ...base, fromId: boardId, toId: boardId, color, arrow: boolean },
  stroke: { ...boxed, color, size: numberIn(STROKE_SIZE_RANGE.min, STROKE_SIZE_RANGE.max), points: { kind: 'points' } },
  image: {
    ...boxed,
    uploadId: matching(UPLOAD_ID_PATTERN, 'an upload id'),
    alt: stringUpTo(BOARD_LIMITS.maxAltLength),
    largestWidth: numberIn(0, MAX_PICTURE_WIDTH),
  },
  frame: { ...boxed, title: stringUpTo(BOARD_LIMITS.maxTitleLength), color },
};

/** The rule for a field of an object type, or null when that type has no such field. */
export function objectFieldRule(type: ObjectType, field: string): FieldRule | null {
  const rules: Readonly<Record<string, FieldRule>> = RULES[type];
  return Object.hasOwn(rules, field) ? rules[field]! : null;
}

/** A wall column's fields. */
export const COLUMN_FIELD_RULES: Readonly<Record<string, FieldRule>> = {
  title: stringUpTo(BOARD_LIMITS.maxTitleLength),
  order,
};

export function isObjectType(value: unknown): value is ObjectType {
  return typeof value === 'string' && (OBJECT_TYPES as readonly string[]).includes(value);
}

/** A value a stroke's point list may hold (coordinates and pressures). */
export function isPointNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= BOARD_LIMITS.maxCoordinate;
}
