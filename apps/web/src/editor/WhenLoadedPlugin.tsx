import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect, useRef } from 'react';

export interface WhenLoadedPluginProps {
  /** Whether this user may write: the editor becomes editable once the content has arrived. */
  canEdit: boolean;
  /** Put the caret at the start then (the document was just created: the writer types at once). */
  focus: boolean;
  onLoaded(): void;
}

/**
 * The editor starts empty and never writes a paragraph of its own (the server writes every
 * new document's first one), so the first non-empty state is the end of the first sync.
 * Until then it stays read-only: typing into the empty editor on a slow connection made a
 * paragraph of its own, which then sat beside the server's as an empty first line.
 */
export function WhenLoadedPlugin({ canEdit, focus, onLoaded }: WhenLoadedPluginProps) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const focusPending = useRef(false);

  useEffect(() => {
    let done = false;
    const whenLoaded = (state: EditorState) => {
      if (done || state.read(() => $getRoot().isEmpty())) return;
      done = true;
      focusPending.current = canEdit && focus;
      editor.setEditable(canEdit);
      onLoaded();
    };
    whenLoaded(editor.getEditorState());
    const stop = editor.registerUpdateListener(({ editorState }) => whenLoaded(editorState));
    return () => {
      done = true;
      stop();
    };
  }, [editor, canEdit, focus, onLoaded]);

  // The content element turns editable in React's next render; only then can it take the caret.
  useEffect(() => {
    if (!editable || !focusPending.current) return;
    focusPending.current = false;
    editor.focus(undefined, { defaultSelection: 'rootStart' });
  }, [editor, editable]);
  return null;
}
