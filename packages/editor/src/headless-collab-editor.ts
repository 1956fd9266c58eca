import { createHeadlessEditor } from '@lexical/headless';
import {
  createYjsBinding,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
  type Binding,
  type Provider,
} from '@lexical/yjs';
import { SKIP_COLLAB_TAG, type LexicalEditor } from 'lexical';
import { UndoManager, type Doc, type Transaction, type YEvent, type XmlText } from 'yjs';
import { createEditorConfig } from './editor-config.js';

/**
 * A Lexical editor without a DOM, bound to a Y.Doc exactly as the browser's
 * CollaborationPlugin binds it (root `XmlText` named "root"). The server uses it
 * to write new documents; tests use it as a real second client.
 */
export interface HeadlessCollabEditor {
  editor: LexicalEditor;
  binding: Binding;
  dispose(): void;
}

/** What the binding needs from a provider when no network is involved: no local cursor. */
export function createOfflineProvider(): Provider {
  const noop = () => {};
  return {
    awareness: {
      getLocalState: () => null,
      getStates: () => new Map(),
      on: noop,
      off: noop,
      setLocalState: noop,
      setLocalStateField: noop,
    },
    connect: noop,
    disconnect: noop,
    on: noop,
    off: noop,
  };
}

/**
 * Binds a headless editor to `doc`. Bind before the doc receives content (apply
 * stored updates or connect the provider afterwards): the binding learns the
 * content from Yjs events. Changes from Yjs reach the editor in a later tick.
 */
export function bindHeadlessEditor(
  doc: Doc,
  provider: Provider = createOfflineProvider(),
  id = 'kopa',
): HeadlessCollabEditor {
  const editor = createHeadlessEditor(
    createEditorConfig((error) => {
      throw error;
    }),
  );
  const docMap = new Map<string, Doc>([[id, doc]]);
  const binding = createYjsBinding({ editor, id, doc, docMap });
  const sharedRoot = binding.root.getSharedType() as XmlText;

  // Changes made by this editor come back with the binding as origin; skip them.
  const onYjsChanges = (events: Array<YEvent<XmlText>>, transaction: Transaction) => {
    if (transaction.origin !== binding) {
      // No DOM, so no collaborators' carets to draw: skip cursor syncing.
      syncYjsChangesToLexical(binding, provider, events, transaction.origin instanceof UndoManager, () => {});
    }
  };
  sharedRoot.observeDeep(onYjsChanges);

  const removeUpdateListener = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (!tags.has(SKIP_COLLAB_TAG)) {
        syncLexicalUpdateToYjs(
          binding,
          provider,
          prevEditorState,
          editorState,
          dirtyElements,
          dirtyLeaves,
          normalizedNodes,
          tags,
        );
      }
    },
  );

  return {
    editor,
    binding,
    dispose() {
      removeUpdateListener();
      sharedRoot.unobserveDeep(onYjsChanges);
    },
  };
}
