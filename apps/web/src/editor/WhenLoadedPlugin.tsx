import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect, useRef, useState } from 'react';

export interface WhenLoadedPluginProps {
  /** Whether this user may write: the editor becomes editable once the content has arrived, and follows it after. */
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
 *
 * After that, rights that change (a teacher pauses editing, then lets the class write again)
 * only switch the editor between reading and writing: it stays the same editor, so the caret,
 * the scroll position and what is on screen stay where they were.
 */
export function WhenLoadedPlugin({ canEdit, focus, onLoaded }: WhenLoadedPluginProps) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const [loaded, setLoaded] = useState(false);
  const focusPending = useRef(false);
  const latest = useRef({ focus, onLoaded });
  useEffect(() => {
    latest.current = { focus, onLoaded };
  }, [focus, onLoaded]);

  useEffect(() => {
    let done = false;
    const whenLoaded = (state: EditorState) => {
      if (done || state.read(() => $getRoot().isEmpty())) return;
      done = true;
      focusPending.current = latest.current.focus;
      setLoaded(true);
      latest.current.onLoaded();
    };
    whenLoaded(editor.getEditorState());
    const stop = editor.registerUpdateListener(({ editorState }) => whenLoaded(editorState));
    return () => {
      done = true;
      stop();
    };
  }, [editor]);

  useEffect(() => {
    if (loaded) editor.setEditable(canEdit);
  }, [editor, loaded, canEdit]);

  // The content element turns editable in React's next render; only then can it take the caret.
  useEffect(() => {
    if (!editable || !focusPending.current) return;
    focusPending.current = false;
    editor.focus(undefined, { defaultSelection: 'rootStart' });
  }, [editor, editable]);
  return null;
}
