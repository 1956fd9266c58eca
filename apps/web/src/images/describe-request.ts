import type { LexicalEditor, NodeKey } from 'lexical';

/**
 * Pictures whose description field should take the focus when they appear: the ones
 * this user has just added. The picture's component renders after the update that
 * inserts it, so the request waits here until it mounts and takes it.
 */
const requests = new WeakMap<LexicalEditor, Set<NodeKey>>();

export function requestDescription(editor: LexicalEditor, key: NodeKey): void {
  const keys = requests.get(editor) ?? new Set<NodeKey>();
  keys.add(key);
  requests.set(editor, keys);
}

/** True once for a picture that asked for its description (and forgets the request). */
export function takeDescriptionRequest(editor: LexicalEditor, key: NodeKey): boolean {
  return requests.get(editor)?.delete(key) ?? false;
}
