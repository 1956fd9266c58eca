import * as Y from 'yjs';
import { POINTS_FIELD, TEXT_FIELD, type ObjectMap } from './board-doc.js';
import { BOARD_ID_PATTERN } from './board-id.js';
import {
  BOARD_COLORS,
  BOARD_LIMITS,
  SHAPE_KINDS,
  TEXT_SIZES,
  type BoardColor,
  type BoardObject,
  type ObjectPatch,
} from './board-types.js';
import { clampCoordinate, clampPictureWidth, clampStrokeSize, cleanText } from './value-limits.js';

/** Upload ids the server accepts (UUIDs today); anything else is stored as none. */
const UPLOAD_ID_PATTERN = /^[A-Za-z0-9_-]{0,100}$/;

/**
 * Turning plain objects and patches into Yjs writes that the server's update
 * guard accepts: only the fields of the object's type, numbers clamped, texts
 * cut to their limits.
 */

function color(value: BoardColor, fallback: BoardColor): BoardColor {
  return BOARD_COLORS.includes(value) ? value : fallback;
}

export function cleanPoints(points: readonly number[], room = BOARD_LIMITS.maxStrokeNumbers): number[] {
  const whole = Math.max(0, Math.floor(Math.min(points.length, room) / 3) * 3);
  return points.slice(0, whole).map((value) => clampCoordinate(value));
}

/** The object with exactly its type's fields and every value within the limits. */
export function cleanObject(object: BoardObject): BoardObject {
  const base = { id: object.id, order: object.order, frameId: object.frameId };
  if (object.type === 'connector') {
    return {
      ...base,
      frameId: null,
      type: 'connector',
      fromId: object.fromId,
      toId: object.toId,
      color: color(object.color, 'black'),
      arrow: object.arrow === true,
    };
  }
  const box = {
    x: clampCoordinate(object.x),
    y: clampCoordinate(object.y),
    w: clampCoordinate(object.w),
    h: clampCoordinate(object.h),
  };
  switch (object.type) {
    case 'note':
      return {
        ...base,
        ...box,
        type: 'note',
        color: color(object.color, 'yellow'),
        text: cleanText(object.text, BOARD_LIMITS.maxTextLength),
        column: typeof object.column === 'string' && BOARD_ID_PATTERN.test(object.column) ? object.column : null,
        columnOrder: object.columnOrder,
      };
    case 'text':
      return {
        ...base,
        ...box,
        type: 'text',
        color: color(object.color, 'black'),
        text: cleanText(object.text, BOARD_LIMITS.maxTextLength),
        size: TEXT_SIZES.includes(object.size) ? object.size : 'm',
      };
    case 'shape':
      return {
        ...base,
        ...box,
        type: 'shape',
        kind: SHAPE_KINDS.includes(object.kind) ? object.kind : 'rect',
        color: color(object.color, 'black'),
        filled: object.filled !== false,
        text: cleanText(object.text, BOARD_LIMITS.maxTextLength),
      };
    case 'line':
      return { ...base, ...box, type: 'line', color: color(object.color, 'black'), arrow: object.arrow === true };
    case 'stroke':
      return {
        ...base,
        ...box,
        type: 'stroke',
        color: color(object.color, 'black'),
        size: clampStrokeSize(object.size),
        points: cleanPoints(object.points),
      };
    case 'image':
      return {
        ...base,
        ...box,
        type: 'image',
        uploadId: UPLOAD_ID_PATTERN.test(object.uploadId) ? object.uploadId : '',
        alt: cleanText(object.alt, BOARD_LIMITS.maxAltLength),
        largestWidth: clampPictureWidth(object.largestWidth),
      };
    case 'frame':
      return {
        ...base,
        ...box,
        frameId: null,
        type: 'frame',
        title: cleanText(object.title, BOARD_LIMITS.maxTitleLength),
        color: color(object.color, 'grey'),
      };
  }
}

/** Adds the object to the `objects` root (call inside a transaction). */
export function writeObject(objects: Y.Map<ObjectMap>, object: BoardObject): void {
  const clean = cleanObject(object);
  const map: ObjectMap = new Y.Map<unknown>();
  objects.set(clean.id, map);
  for (const [key, value] of Object.entries(clean)) {
    if (key === 'id') continue;
    if (key === TEXT_FIELD) map.set(key, new Y.Text(value as string));
    else if (key === POINTS_FIELD) map.set(key, Y.Array.from(value as number[]));
    else map.set(key, value);
  }
}

type PatchKey = keyof ObjectPatch;

const BOX_KEYS: readonly PatchKey[] = ['x', 'y', 'w', 'h'];

/** Which patch fields each type has. */
const PATCHABLE: Record<BoardObject['type'], readonly PatchKey[]> = {
  note: [...BOX_KEYS, 'color'],
  text: [...BOX_KEYS, 'color', 'size'],
  shape: [...BOX_KEYS, 'color', 'filled', 'kind'],
  line: [...BOX_KEYS, 'color', 'arrow'],
  connector: ['color', 'arrow'],
  stroke: [...BOX_KEYS, 'color', 'size'],
  image: [...BOX_KEYS, 'alt'],
  frame: [...BOX_KEYS, 'color', 'title'],
};

/**
 * The field writes a patch means for this object: fields its type lacks and
 * values it already has are left out, the rest cleaned like a new object.
 */
export function patchWrites(object: BoardObject, patch: ObjectPatch): [string, unknown][] {
  const merged = { ...object } as Record<string, unknown>;
  // A value of the wrong kind (NaN, a number as a text size, an unknown colour) leaves the field as it is.
  const given = (key: PatchKey) => fits(object.type, key, patch[key]);
  for (const key of PATCHABLE[object.type]) if (given(key)) merged[key] = patch[key];
  const clean = cleanObject(merged as unknown as BoardObject) as unknown as Record<string, unknown>;
  const current = object as unknown as Record<string, unknown>;
  const writes: [string, unknown][] = [];
  for (const key of PATCHABLE[object.type]) {
    if (given(key) && clean[key] !== current[key]) writes.push([key, clean[key]]);
  }
  return writes;
}

function fits(type: BoardObject['type'], key: PatchKey, value: unknown): boolean {
  switch (key) {
    case 'x':
    case 'y':
    case 'w':
    case 'h':
      return typeof value === 'number' && Number.isFinite(value);
    case 'size':
      return type === 'stroke'
        ? typeof value === 'number' && Number.isFinite(value)
        : (TEXT_SIZES as readonly unknown[]).includes(value);
    case 'color':
      return (BOARD_COLORS as readonly unknown[]).includes(value);
    case 'kind':
      return (SHAPE_KINDS as readonly unknown[]).includes(value);
    case 'filled':
    case 'arrow':
      return typeof value === 'boolean';
    case 'title':
    case 'alt':
      return typeof value === 'string';
  }
}
