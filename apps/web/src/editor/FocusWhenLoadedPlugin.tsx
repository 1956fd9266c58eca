import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect } from 'react';

/**
 * Puts the caret at the start of the document as soon as its content has arrived. The editor
 * starts empty and never writes a paragraph of its own (the server writes every new document's
 * first one), so the first non-empty state is the end of the first sync: focusing earlier
 * would leave the caret nowhere to type.
 */
export function FocusWhenLoadedPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let done = false;
    const focusOnceLoaded = (state: EditorState) => {
      if (done || state.read(() => $getRoot().isEmpty())) return;
      done = true;
      editor.focus(undefined, { defaultSelection: 'rootStart' });
    };
    focusOnceLoaded(editor.getEditorState());
    const stop = editor.registerUpdateListener(({ editorState }) => focusOnceLoaded(editorState));
    return () => {
      done = true;
      stop();
    };
  }, [editor]);
  return null;
}
