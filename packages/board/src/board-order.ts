import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Fractional-index keys for stacking order and wall places. Two peers may pick
 * the same key at the same time; readers then break the tie by id, and writers
 * here never ask the library for a key between equal neighbours (it throws).
 */

/** What every reader falls back to for a missing or malformed key (ties then break by id). */
export const DEFAULT_ORDER_KEY = 'a0';

export interface Ordered {
  id: string;
  order: string;
}

/** The server refuses longer keys (object-field-rules.ts). */
export const MAX_ORDER_KEY_LENGTH = 100;
/** Past this length a rekey spreads the whole sequence out again instead. */
const RESPACE_LENGTH = 60;

/** Whether fractional-indexing accepts `key` (a peer could have written anything). */
export function isOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_ORDER_KEY_LENGTH) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** Code-unit comparison: the order fractional-indexing's keys are made for (not locale order). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  return compareStrings(a.order, b.order) || compareStrings(a.id, b.id);
}

/** A key above every key in `keys`. */
export function keyAfterAll(keys: Iterable<string>): string {
  let max: string | null = null;
  for (const key of keys) if (max === null || key > max) max = key;
  return generateKeyBetween(max, null);
}

/**
 * New keys for a sequence already in its wished order: items in `moved` (and
 * any unmoved item whose key no longer fits, e.g. a tie) get keys strictly
 * between their neighbours; everything else keeps its key. Returns only the
 * keys that change. When keys grow long (many moves into one gap), the whole
 * sequence is spread out again.
 */
export function rekey(sequence: readonly Ordered[], moved: ReadonlySet<string>): Map<string, string> {
  const changes = new Map<string, string>();
  let last: string | null = null;
  let i = 0;
  while (i < sequence.length) {
    const item = sequence[i]!;
    if (!moved.has(item.id) && (last === null || item.order > last)) {
      last = item.order;
      i += 1;
      continue;
    }
    // Gather the run up to the next item that can keep its key, then spread keys over the gap.
    let j = i + 1;
    while (j < sequence.length) {
      const next = sequence[j]!;
      if (!moved.has(next.id) && (last === null || next.order > last)) break;
      j += 1;
    }
    const upper = j < sequence.length ? sequence[j]!.order : null;
    const keys = generateNKeysBetween(last, upper, j - i);
    for (let k = i; k < j; k += 1) {
      const key = keys[k - i]!;
      if (key !== sequence[k]!.order) changes.set(sequence[k]!.id, key);
    }
    last = keys[keys.length - 1]!;
    i = j;
  }
  for (const key of changes.values()) if (key.length > RESPACE_LENGTH) return respace(sequence);
  return changes;
}

function respace(sequence: readonly Ordered[]): Map<string, string> {
  const keys = generateNKeysBetween(null, null, sequence.length);
  const changes = new Map<string, string>();
  sequence.forEach((item, i) => {
    if (keys[i] !== item.order) changes.set(item.id, keys[i]!);
  });
  return changes;
}
