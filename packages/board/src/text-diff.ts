import type * as Y from 'yjs';

export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The smallest single replacement turning `before` into `after` (common prefix
 * and suffix kept), so concurrent edits elsewhere in the same text survive.
 * Never cuts through a surrogate pair.
 */
export function textDiff(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix -= 1;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix -= 1;
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/** Writes `next` into `text` as a minimal delete + insert. */
export function applyTextDiff(text: Y.Text, next: string): void {
  const change = textDiff(text.toString(), next);
  if (!change) return;
  if (change.remove > 0) text.delete(change.index, change.remove);
  if (change.insert.length > 0) text.insert(change.index, change.insert);
}
