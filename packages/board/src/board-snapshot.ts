import * as Y from 'yjs';
import { columnsOf, objectsOf, POINTS_FIELD, settingsOf, TEXT_FIELD, type ObjectMap } from './board-doc.js';
import { compareOrdered, DEFAULT_ORDER_KEY, isOrderKey } from './board-order.js';
import {
  BOARD_COLORS,
  BOARD_LAYOUTS,
  BOARD_LIMITS,
  SHAPE_KINDS,
  TEXT_SIZES,
  type BoardColor,
  type BoardColumn,
  type BoardLayout,
  type BoardObject,
  type BoardSnapshot,
} from './board-types.js';
import { clampCoordinate, clampPictureWidth, clampStrokeSize, cleanText } from './value-limits.js';

/**
 * Reading the Yjs state as plain data. Whatever a peer wrote, readers get a
 * well-formed board: unknown types are skipped, bad fields get defaults, and
 * dangling references are hidden (board-repair.ts removes them for good).
 */

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

function text(value: unknown, max: number): string {
  if (value instanceof Y.Text) return cleanText(value.toString(), max);
  return typeof value === 'string' ? cleanText(value, max) : '';
}

function points(value: unknown): number[] {
  const raw = value instanceof Y.Array ? (value.toArray() as unknown[]) : Array.isArray(value) ? (value as unknown[]) : [];
  const result: number[] = [];
  for (const item of raw.slice(0, BOARD_LIMITS.maxStrokeNumbers)) result.push(clampCoordinate(item));
  return result;
}

function color(value: unknown, fallback: BoardColor = 'black'): BoardColor {
  return oneOf(BOARD_COLORS, value, fallback);
}

/** One object's map as a plain object, or null when its type is unknown. */
export function readObject(id: string, map: ObjectMap): BoardObject | null {
  if (!(map instanceof Y.Map)) return null;
  const get = (key: string): unknown => map.get(key);
  const orderValue = get('order');
  const frameValue = get('frameId');
  const base = {
    id,
    order: isOrderKey(orderValue) ? orderValue : DEFAULT_ORDER_KEY,
    frameId: typeof frameValue === 'string' ? frameValue : null,
  };
  const box = {
    x: clampCoordinate(get('x')),
    y: clampCoordinate(get('y')),
    w: clampCoordinate(get('w')),
    h: clampCoordinate(get('h')),
  };
  switch (get('type')) {
    case 'note': {
      const column = get('column');
      const columnOrder = get('columnOrder');
      return {
        ...base,
        ...box,
        type: 'note',
        color: color(get('color'), 'yellow'),
        text: text(get(TEXT_FIELD), BOARD_LIMITS.maxTextLength),
        column: typeof column === 'string' ? column : null,
        columnOrder: isOrderKey(columnOrder) ? columnOrder : DEFAULT_ORDER_KEY,
      };
    }
    case 'text':
      return {
        ...base,
        ...box,
        type: 'text',
        color: color(get('color')),
        text: text(get(TEXT_FIELD), BOARD_LIMITS.maxTextLength),
        size: oneOf(TEXT_SIZES, get('size'), 'm'),
      };
    case 'shape':
      return {
        ...base,
        ...box,
        type: 'shape',
        kind: oneOf(SHAPE_KINDS, get('kind'), 'rect'),
        color: color(get('color')),
        filled: get('filled') !== false,
        text: text(get(TEXT_FIELD), BOARD_LIMITS.maxTextLength),
      };
    case 'line':
      return { ...base, ...box, type: 'line', color: color(get('color')), arrow: get('arrow') === true };
    case 'connector': {
      const fromId = get('fromId');
      const toId = get('toId');
      return {
        ...base,
        frameId: null,
        type: 'connector',
        fromId: typeof fromId === 'string' ? fromId : '',
        toId: typeof toId === 'string' ? toId : '',
        color: color(get('color')),
        arrow: get('arrow') !== false,
      };
    }
    case 'stroke': {
      return {
        ...base,
        ...box,
        type: 'stroke',
        color: color(get('color')),
        size: clampStrokeSize(get('size')),
        points: points(get(POINTS_FIELD)),
      };
    }
    case 'image': {
      const uploadId = get('uploadId');
      return {
        ...base,
        ...box,
        type: 'image',
        uploadId: typeof uploadId === 'string' ? uploadId : '',
        alt: text(get('alt'), BOARD_LIMITS.maxAltLength),
        largestWidth: clampPictureWidth(get('largestWidth')),
      };
    }
    case 'frame':
      return {
        ...base,
        ...box,
        frameId: null,
        type: 'frame',
        title: text(get('title'), BOARD_LIMITS.maxTitleLength),
        color: color(get('color'), 'grey'),
      };
    default:
      return null;
  }
}

export function readColumns(doc: Y.Doc): BoardColumn[] {
  const columns: BoardColumn[] = [];
  columnsOf(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const order = map.get('order');
    columns.push({
      id,
      title: text(map.get('title'), BOARD_LIMITS.maxTitleLength),
      order: isOrderKey(order) ? order : DEFAULT_ORDER_KEY,
    });
  });
  return columns.sort(compareOrdered);
}

export function readLayout(doc: Y.Doc): BoardLayout {
  return oneOf(BOARD_LAYOUTS, settingsOf(doc).get('layout'), 'canvas');
}

/** Whether a connector's ends both name existing objects that have a box. */
export function connectorIsAttached(
  object: BoardObject,
  byId: ReadonlyMap<string, BoardObject | null>,
): boolean {
  if (object.type !== 'connector') return true;
  const from = byId.get(object.fromId);
  const to = byId.get(object.toId);
  return !!from && !!to && from.type !== 'connector' && to.type !== 'connector';
}

/**
 * Puts read objects together: sorted, dangling connectors left out, frameIds
 * naming no frame and columns naming no column shown as null. Objects that
 * need no fix are passed through unchanged (the model reuses them between
 * snapshots, so renderers can skip what did not change).
 */
export function assembleSnapshot(
  layout: BoardLayout,
  read: Iterable<BoardObject>,
  columns: readonly BoardColumn[],
): BoardSnapshot {
  const all = new Map<string, BoardObject>();
  for (const object of read) all.set(object.id, object);
  const columnIds = new Set(columns.map((column) => column.id));
  const objects: BoardObject[] = [];
  for (let object of all.values()) {
    if (!connectorIsAttached(object, all)) continue;
    if (object.frameId !== null && all.get(object.frameId)?.type !== 'frame') object = { ...object, frameId: null };
    if (object.type === 'note' && object.column !== null && !columnIds.has(object.column)) {
      object = { ...object, column: null };
    }
    objects.push(object);
  }
  objects.sort(compareOrdered);
  return { layout, objects, byId: new Map(objects.map((object) => [object.id, object])), columns };
}

export function readBoard(doc: Y.Doc): BoardSnapshot {
  const read: BoardObject[] = [];
  objectsOf(doc).forEach((map, id) => {
    const object = readObject(id, map);
    if (object) read.push(object);
  });
  return assembleSnapshot(readLayout(doc), read, readColumns(doc));
}
