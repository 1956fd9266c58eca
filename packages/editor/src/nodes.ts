import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ImageNode } from './image-node.js';
import { LanguageSpanNode } from './language-span-node.js';

/**
 * Every node type a Kopa document may hold. Browsers, the server and tests all
 * register this same list, so any of them can open any document.
 */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  ImageNode,
  LanguageSpanNode,
];
