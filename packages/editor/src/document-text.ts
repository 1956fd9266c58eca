import { $getRoot, type LexicalEditor } from 'lexical';

/** The plain text of an editor's current content, paragraphs separated by blank lines. */
export function readDocumentText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}
