import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect } from 'react';

/**
 * Files dropped on the writing area or pasted into it become pictures. The rich-text
 * plugin turns both into DRAG_DROP_PASTE (a drop first moves the caret to where the
 * files fell; a paste counts as files only when it carries no text).
 */
export function usePictureDropAndPaste(onFiles: (files: File[]) => void): void {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files) => {
          if (files.length === 0) return false;
          onFiles(files);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, onFiles],
  );
}
