import { BOARD_LIMITS } from './board-types.js';

/** Keeps a number finite and within ±maxCoordinate, so the server's guard never refuses it. */
export function clampCoordinate(value: unknown, fallback = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(BOARD_LIMITS.maxCoordinate, Math.max(-BOARD_LIMITS.maxCoordinate, value));
}

/** Lone UTF-16 surrogates: Yjs sends strings as UTF-8, where they arrive as U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A string as every peer will read it: lone surrogates replaced (otherwise
 * the writer would keep what others never see) and cut to `max` UTF-16 units
 * without splitting a surrogate pair.
 */
export function cleanText(value: string, max: number): string {
  let text = value.replace(LONE_SURROGATE, '\uFFFD');
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  text = text.slice(0, end);
  return text;
}

/** A picture's largest stored width: the upload pipeline never goes above 1920; this leaves room. */
export const MAX_PICTURE_WIDTH = 10_000;

export function clampPictureWidth(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(MAX_PICTURE_WIDTH, Math.max(0, Math.round(value)));
}

/** Pen widths the server accepts (object-field-rules.ts, for the update guard). */
export const STROKE_SIZE_RANGE = { min: 1, max: 100 } as const;

export function clampStrokeSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 4;
  return Math.min(STROKE_SIZE_RANGE.max, Math.max(STROKE_SIZE_RANGE.min, value));
}
