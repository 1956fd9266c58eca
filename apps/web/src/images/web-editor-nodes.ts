import { EDITOR_NODES, ImageNode } from '@kopa/editor';
import { ReactImageNode } from './ReactImageNode';

/**
 * The nodes of every editor in the web app: Kopa's shared list, with pictures drawn
 * by React. Use this instead of EDITOR_NODES wherever content is shown, or pictures
 * render as nothing.
 */
export const WEB_EDITOR_NODES = EDITOR_NODES.map((node) => (node === ImageNode ? ReactImageNode : node));
