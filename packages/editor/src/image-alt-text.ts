import type { SerializedEditorState, SerializedLexicalNode } from 'lexical';

/**
 * How many pictures in a document have no description (alt text) yet. A post may
 * only be submitted or published when this is 0. Walks the serialized JSON, so it
 * needs no editor: the server calls it on stored versions.
 */
export function imagesWithoutAltText(content: SerializedEditorState): number {
  let missing = 0;
  // A stack rather than recursion: how deep a document nests is up to its writers.
  const stack: SerializedLexicalNode[] = [content.root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'image') {
      const altText = (node as { altText?: unknown }).altText;
      if (typeof altText !== 'string' || altText.trim() === '') missing += 1;
    }
    const children = (node as { children?: unknown }).children;
    if (Array.isArray(children)) stack.push(...(children as SerializedLexicalNode[]));
  }
  return missing;
}
