import { $createImageNode } from '@kopa/editor';
import type { UploadedImage } from '@kopa/protocol';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $createNodeSelection, $setSelection, type LexicalEditor } from 'lexical';
import { requestDescription } from './describe-request';

/**
 * Puts an uploaded picture into the document as a block of its own where the caret
 * is (at the end when the editor has no selection), selects it and asks for its
 * description: the moment it appears is the moment to describe it.
 */
export function insertPicture(editor: LexicalEditor, image: UploadedImage): void {
  editor.update(() => {
    const node = $insertNodeToNearestRoot(
      $createImageNode({ uploadId: image.id, altText: '', width: image.width, height: image.height }),
    );
    const selection = $createNodeSelection();
    selection.add(node.getKey());
    $setSelection(selection);
    requestDescription(editor, node.getKey());
  });
}
