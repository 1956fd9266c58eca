import { bindHeadlessEditor, editorSettled, readDocumentText } from '@kopa/editor';
import * as Y from 'yjs';

/** The plain text of a document or post held in a Yjs state (paragraphs apart by blank lines). */
export async function documentCopyText(state: Uint8Array): Promise<string> {
  const doc = new Y.Doc();
  // Bound before the content arrives: the binding learns it from Yjs events.
  const headless = bindHeadlessEditor(doc);
  try {
    Y.applyUpdate(doc, state);
    await editorSettled(headless);
    return readDocumentText(headless.editor);
  } finally {
    headless.dispose();
    doc.destroy();
  }
}
