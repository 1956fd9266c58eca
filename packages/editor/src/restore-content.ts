import { $createParagraphNode, $getRoot, $parseSerializedNode, type SerializedEditorState } from 'lexical';
import { applyUpdate, Doc, encodeStateAsUpdate, encodeStateVector } from 'yjs';
import { editorSettled } from './document-content.js';
import { bindHeadlessEditor } from './headless-collab-editor.js';

/**
 * The Yjs update that turns a live document's content into `content` (an
 * earlier version's, read with readDocumentContent) as a new change on top of
 * `liveState`: a headless editor bound to a copy of the live document clears it
 * and appends the version's blocks. Applied to the live document it is an edit
 * like any other (history only grows; every peer's undo stays their own).
 */
export async function restoreDocumentContent(liveState: Uint8Array, content: SerializedEditorState): Promise<Uint8Array> {
  const doc = new Doc();
  const headless = bindHeadlessEditor(doc);
  try {
    applyUpdate(doc, liveState);
    await editorSettled(headless);
    const before = encodeStateVector(doc);
    headless.editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        const blocks = content.root.children.map((child) => $parseSerializedNode(child));
        // Lexical keeps at least one block to type into.
        root.append(...(blocks.length > 0 ? blocks : [$createParagraphNode()]));
      },
      { discrete: true },
    );
    return encodeStateAsUpdate(doc, before);
  } finally {
    headless.dispose();
    doc.destroy();
  }
}
