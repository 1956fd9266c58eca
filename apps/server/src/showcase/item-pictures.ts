import { readBoard } from '@kopa/board';
import * as Y from 'yjs';

/**
 * Which pictures (upload ids) a piece of content shows. Deliberately wider than what the
 * renderer draws: every `image` node anywhere in a document's JSON, at any depth, and
 * every picture object of a board. What it names is what the consent rule checks and what
 * the public picture route may serve.
 */
export function picturesInDocument(content: unknown): Set<string> {
  const found = new Set<string>();
  // A stack rather than recursion: how deep a document nests is up to its writers.
  const stack: unknown[] = [content];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    const record = node as Record<string, unknown>;
    if (record.type === 'image' && typeof record.uploadId === 'string') found.add(record.uploadId);
    if (record.root !== undefined) stack.push(record.root);
    if (record.children !== undefined) stack.push(record.children);
  }
  return found;
}

/** The pictures placed on a board, from its Yjs state. */
export function picturesOnBoard(state: Uint8Array): Set<string> {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const found = new Set<string>();
    for (const object of readBoard(doc).objects) {
      if (object.type === 'image' && typeof object.uploadId === 'string') found.add(object.uploadId);
    }
    return found;
  } finally {
    doc.destroy();
  }
}
