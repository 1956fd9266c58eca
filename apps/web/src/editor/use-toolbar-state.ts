import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { useEffect, useState } from 'react';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'bullet' | 'number' | 'other';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  link: boolean;
  block: BlockType;
  canUndo: boolean;
  canRedo: boolean;
}

const INITIAL: ToolbarState = { bold: false, italic: false, link: false, block: 'paragraph', canUndo: false, canRedo: false };

/** What the selection looks like, so toolbar buttons can show pressed states. */
export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          // Read everything inside the read: React runs state updaters later, outside it.
          const formats = editorState.read(
            () => {
              const selection = $getSelection();
              if (!$isRangeSelection(selection)) return null;
              const anchor = selection.anchor.getNode();
              return {
                bold: selection.hasFormat('bold'),
                italic: selection.hasFormat('italic'),
                link: $isLinkNode(anchor.getParent()) || $isLinkNode(anchor),
                block: blockTypeOf(anchor),
              };
            },
            { editor },
          );
          // The same state object when nothing shown changed: typing moves the selection at every key, and the toolbar need not draw again.
          if (formats) setState((previous) => (sameFormats(previous, formats) ? previous : { ...previous, ...formats }));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (canUndo) => (setState((previous) => (previous.canUndo === canUndo ? previous : { ...previous, canUndo })), false),
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (canRedo) => (setState((previous) => (previous.canRedo === canRedo ? previous : { ...previous, canRedo })), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return state;
}

function sameFormats(state: ToolbarState, formats: Pick<ToolbarState, 'bold' | 'italic' | 'link' | 'block'>): boolean {
  return state.bold === formats.bold && state.italic === formats.italic && state.link === formats.link && state.block === formats.block;
}

function blockTypeOf(node: LexicalNode): BlockType {
  const list = $getNearestNodeOfType(node, ListNode);
  if ($isListNode(list)) return list.getListType() === 'number' ? 'number' : 'bullet';
  const block: ElementNode | LexicalNode | null = node.getKey() === 'root' ? null : node.getTopLevelElement();
  if ($isHeadingNode(block)) return block.getTag() === 'h1' ? 'h1' : block.getTag() === 'h2' ? 'h2' : 'other';
  return 'paragraph';
}
