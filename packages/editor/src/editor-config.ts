import { EDITOR_NODES } from './nodes.js';
import { EDITOR_THEME } from './theme.js';

/** The namespace Lexical stamps on copied content; one for all Kopa documents. */
export const EDITOR_NAMESPACE = 'kopa-document';

/**
 * The settings every Kopa editor shares. Collaborative editors add
 * `editorState: null`: their content comes from the Y.Doc, never from the client.
 */
export function createEditorConfig(onError: (error: Error) => void) {
  return {
    namespace: EDITOR_NAMESPACE,
    nodes: [...EDITOR_NODES],
    theme: EDITOR_THEME,
    onError,
  };
}
