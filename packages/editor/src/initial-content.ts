import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { Doc, encodeStateAsUpdate } from 'yjs';
import { bindHeadlessEditor } from './headless-collab-editor.js';

export type InitialBlock =
  | { type: 'heading'; tag: 'h1' | 'h2'; text: string }
  | { type: 'paragraph'; text: string };

/**
 * The Yjs update of a new document holding `blocks` (an empty paragraph when
 * none). Documents are bootstrapped here, on the server, so that two browsers
 * opening an empty document at once never both insert a first paragraph.
 */
export function createDocumentContent(blocks: readonly InitialBlock[] = []): Uint8Array {
  const doc = new Doc();
  const headless = bindHeadlessEditor(doc);
  try {
    headless.editor.update(
      () => {
        const root = $getRoot();
        const nodes: ElementNode[] = blocks.map((block) => {
          const node = block.type === 'heading' ? $createHeadingNode(block.tag) : $createParagraphNode();
          if (block.text !== '') node.append($createTextNode(block.text));
          return node;
        });
        root.append(...(nodes.length > 0 ? nodes : [$createParagraphNode()]));
      },
      { discrete: true },
    );
    return encodeStateAsUpdate(doc);
  } finally {
    headless.dispose();
    doc.destroy();
  }
}
