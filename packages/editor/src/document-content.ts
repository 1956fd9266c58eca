import type { SerializedEditorState } from 'lexical';
import { applyUpdate, Doc } from 'yjs';
import { bindHeadlessEditor, type HeadlessCollabEditor } from './headless-collab-editor.js';

/**
 * Resolves once every change the binding has queued is in the editor: Yjs
 * changes reach Lexical in a later update, and updates commit in order.
 */
export function editorSettled(headless: HeadlessCollabEditor): Promise<void> {
  return new Promise((resolve) => headless.editor.update(() => {}, { onUpdate: resolve }));
}

/**
 * A document's content as a serialized Lexical editor state, read from a Yjs
 * state (a stored version, a live document's `encodeStateAsUpdate`). Readers
 * render it read-only with the same nodes and theme as the editor.
 */
export async function readDocumentContent(state: Uint8Array): Promise<SerializedEditorState> {
  const doc = new Doc();
  const headless = bindHeadlessEditor(doc);
  try {
    applyUpdate(doc, state);
    await editorSettled(headless);
    return headless.editor.getEditorState().toJSON();
  } finally {
    headless.dispose();
    doc.destroy();
  }
}
