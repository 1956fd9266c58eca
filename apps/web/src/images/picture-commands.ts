import { $isImageNode } from '@kopa/editor';
import {
  $createNodeSelection,
  $createParagraphNode,
  $getNodeByKey,
  $isDecoratorNode,
  $isElementNode,
  $setSelection,
  type LexicalNode,
  type NodeKey,
} from 'lexical';

/** Changes to one picture, run inside `editor.update`. A picture a partner has just deleted is left alone. */

export function $setPictureDescription(key: NodeKey, altText: string): void {
  const node = $getNodeByKey(key);
  if ($isImageNode(node)) node.setAltText(altText);
}

/** Puts the caret right after the picture, making a line to write on if there is none. */
export function $leavePicture(key: NodeKey): void {
  const node = $getNodeByKey(key);
  if (!$isImageNode(node)) return;
  const next = node.getNextSibling();
  if ($isElementNode(next)) {
    next.selectStart();
  } else {
    const line = $createParagraphNode();
    node.insertAfter(line);
    line.select();
  }
}

/** Removes the picture and leaves the caret where it was, in the text next to it. */
export function $removePicture(key: NodeKey): void {
  const node = $getNodeByKey(key);
  if (!$isImageNode(node)) return;
  const next = node.getNextSibling();
  const previous = node.getPreviousSibling();
  const parent = node.getParent();
  node.remove();
  if ($selectEdge(next, 'start') || $selectEdge(previous, 'end')) return;
  const line = $createParagraphNode();
  parent?.append(line);
  line.select();
}

function $selectEdge(node: LexicalNode | null, edge: 'start' | 'end'): boolean {
  if ($isElementNode(node)) {
    if (edge === 'start') node.selectStart();
    else node.selectEnd();
    return true;
  }
  if ($isDecoratorNode(node)) {
    const selection = $createNodeSelection();
    selection.add(node.getKey());
    $setSelection(selection);
    return true;
  }
  return false;
}
