import { BOARD_COLORS, BOARD_ID_PATTERN, BOARD_LIMITS, SHAPE_KINDS, TEXT_SIZES, type BoardColor } from '@kopa/board';
import type { BoardClip, ClipObject } from './board-clip';

/**
 * Board objects on the system clipboard: JSON text with a marker, so a copy
 * can be pasted into a board in another tab. Whatever the clipboard holds is
 * untrusted (any page or program can put text there): `parseClipText` accepts
 * only exactly the shape `clipText` writes, within the board's limits, and
 * never throws.
 */
const MARKER = 'kopa-board-clip';
const VERSION = 1;
/** Far above any real copy (a full board of long notes); bigger text is not even parsed. */
const MAX_TEXT_LENGTH = 8_000_000;
/** As the server's update guard has them (packages/board value-limits.ts). */
const STROKE_SIZE = { min: 1, max: 100 };
const MAX_PICTURE_WIDTH = 10_000;
const UPLOAD_ID_PATTERN = /^[A-Za-z0-9_-]{0,100}$/;

export function clipText(clip: BoardClip): string {
  return JSON.stringify({ kind: MARKER, version: VERSION, roots: clip.roots, objects: clip.objects });
}

/** Cheap test before parsing: text that is not a board clip (most of what gets pasted) costs nothing. */
export function looksLikeClipText(text: string): boolean {
  return text.length <= MAX_TEXT_LENGTH && text.trimStart().startsWith('{') && text.includes(MARKER);
}

/** The clip in clipboard text, or null for anything else. */
export function parseClipText(text: string): BoardClip | null {
  if (!looksLikeClipText(text)) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  try {
    return readClip(data);
  } catch {
    return null;
  }
}

type Fields = Record<string, unknown>;

class Invalid extends Error {}

function readClip(data: unknown): BoardClip | null {
  const top = record(data, ['kind', 'version', 'roots', 'objects']);
  if (top.kind !== MARKER || top.version !== VERSION) return null;
  if (!Array.isArray(top.objects) || !Array.isArray(top.roots)) return null;
  if (top.objects.length === 0 || top.objects.length > BOARD_LIMITS.maxObjects || top.roots.length > top.objects.length) return null;
  const objects = top.objects.map(readObject);
  const ids = new Set(objects.map((object) => object.id));
  if (ids.size !== objects.length) return null;
  const roots = top.roots.map((root) => (typeof root === 'string' ? root : fail()));
  if (new Set(roots).size !== roots.length || roots.some((root) => !ids.has(root))) return null;
  // A connector joins two other copied things; one whose end was not copied would point at nothing.
  const boxed = new Set(objects.filter((object) => object.type !== 'connector').map((object) => object.id));
  const joined = objects.filter((object) => object.type !== 'connector' || (boxed.has(object.fromId) && boxed.has(object.toId) && object.fromId !== object.toId));
  if (joined.length === 0) return null;
  const kept = new Set(joined.map((object) => object.id));
  const keptRoots = roots.filter((root) => kept.has(root));
  return { objects: joined, roots: keptRoots };
}

function readObject(data: unknown): ClipObject {
  const type = (typeof data === 'object' && data !== null ? (data as Fields).type : undefined) as unknown;
  const base = ['id', 'type'];
  const boxed = [...base, 'x', 'y', 'w', 'h'];
  switch (type) {
    case 'note': {
      const o = record(data, [...boxed, 'color', 'text', 'column']);
      return { ...box(o), id: id(o.id), type, color: color(o.color), text: text(o.text, BOARD_LIMITS.maxTextLength), column: o.column === null ? null : id(o.column) };
    }
    case 'text': {
      const o = record(data, [...boxed, 'color', 'text', 'size']);
      return { ...box(o), id: id(o.id), type, color: color(o.color), text: text(o.text, BOARD_LIMITS.maxTextLength), size: oneOf(o.size, TEXT_SIZES) };
    }
    case 'shape': {
      const o = record(data, [...boxed, 'kind', 'color', 'filled', 'text']);
      return {
        ...box(o),
        id: id(o.id),
        type,
        kind: oneOf(o.kind, SHAPE_KINDS),
        color: color(o.color),
        filled: bool(o.filled),
        text: text(o.text, BOARD_LIMITS.maxTextLength),
      };
    }
    case 'line': {
      const o = record(data, [...boxed, 'color', 'arrow']);
      return { ...box(o), id: id(o.id), type, color: color(o.color), arrow: bool(o.arrow) };
    }
    case 'connector': {
      const o = record(data, [...base, 'fromId', 'toId', 'color', 'arrow']);
      return { id: id(o.id), type, fromId: id(o.fromId), toId: id(o.toId), color: color(o.color), arrow: bool(o.arrow) };
    }
    case 'stroke': {
      const o = record(data, [...boxed, 'color', 'size', 'points']);
      return { ...box(o), id: id(o.id), type, color: color(o.color), size: number(o.size, STROKE_SIZE.min, STROKE_SIZE.max), points: points(o.points) };
    }
    case 'image': {
      const o = record(data, [...boxed, 'uploadId', 'alt', 'largestWidth']);
      if (typeof o.uploadId !== 'string' || !UPLOAD_ID_PATTERN.test(o.uploadId)) fail();
      return {
        ...box(o),
        id: id(o.id),
        type,
        uploadId: o.uploadId as string,
        alt: text(o.alt, BOARD_LIMITS.maxAltLength),
        largestWidth: number(o.largestWidth, 0, MAX_PICTURE_WIDTH),
      };
    }
    case 'frame': {
      const o = record(data, [...boxed, 'title', 'color']);
      return { ...box(o), id: id(o.id), type, title: text(o.title, BOARD_LIMITS.maxTitleLength), color: color(o.color) };
    }
    default:
      return fail();
  }
}

function fail(): never {
  throw new Invalid();
}

/** A plain object with exactly these fields: none missing, none more. */
function record(data: unknown, fields: readonly string[]): Fields {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail();
  const keys = Object.keys(data);
  if (keys.length !== fields.length || !fields.every((field) => Object.hasOwn(data, field))) fail();
  return data as Fields;
}

function box(o: Fields) {
  const limit = BOARD_LIMITS.maxCoordinate;
  return { x: number(o.x, -limit, limit), y: number(o.y, -limit, limit), w: number(o.w, -limit, limit), h: number(o.h, -limit, limit) };
}

function number(value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) fail();
  return value;
}

function bool(value: unknown): boolean {
  if (typeof value !== 'boolean') fail();
  return value;
}

function text(value: unknown, max: number): string {
  if (typeof value !== 'string' || value.length > max) fail();
  return value;
}

function id(value: unknown): string {
  if (typeof value !== 'string' || !BOARD_ID_PATTERN.test(value)) fail();
  return value;
}

function color(value: unknown): BoardColor {
  return oneOf(value, BOARD_COLORS);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) fail();
  return value as T;
}

function points(value: unknown): number[] {
  if (!Array.isArray(value) || value.length > BOARD_LIMITS.maxStrokeNumbers || value.length % 3 !== 0) fail();
  const limit = BOARD_LIMITS.maxCoordinate;
  return value.map((n) => number(n, -limit, limit));
}
