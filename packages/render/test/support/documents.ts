import { bindHeadlessEditor, readDocumentContent } from '@kopa/editor';
import type { SerializedEditorState } from 'lexical';
import * as Y from 'yjs';

/**
 * Content as Kopa really stores it: `build` runs in a headless editor bound to a
 * Y.Doc (as the browser's editor is), and the JSON is read back from the Yjs state
 * with the server's `readDocumentContent`.
 */
export async function documentFromEditor(build: () => void): Promise<SerializedEditorState> {
  const doc = new Y.Doc();
  const headless = bindHeadlessEditor(doc);
  try {
    headless.editor.update(build, { discrete: true });
    return await readDocumentContent(Y.encodeStateAsUpdate(doc));
  } finally {
    headless.dispose();
    doc.destroy();
  }
}

/** A static site's picture file names. */
export const siteImageUrl = (uploadId: string, width: number) => `files/${uploadId}-${width}.webp`;
