import { createEditorConfig, sanitizeLinkUrl } from '@kopa/editor';
import { ClickableLinkPlugin } from '@lexical/react/LexicalClickableLinkPlugin';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { ItemType } from '@kopa/protocol';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { PictureToolbar } from '../images/PictureToolbar';
import { GlossaryHighlightPlugin } from '../glossary/GlossaryHighlightPlugin';
import { useContentLanguage } from '../languages/ItemLanguageContext';
import { WEB_EDITOR_NODES } from '../images/web-editor-nodes';
import type { LocalCopy } from '../offline/local-copy';
import { createProviderFactory } from './collab-provider';
import { WhenLoadedPlugin } from './WhenLoadedPlugin';
import { Toolbar } from './Toolbar';
import './document-content.css';
import './CollaborativeEditor.css';

export interface CollaborativeEditorProps {
  docId: string;
  canEdit: boolean;
  /** Name and colour on this user's caret (the server enforces the same). */
  caretName: string;
  caretColor: string;
  /** Whose copy of which item this is: kept on this device per person and item. */
  userId: string;
  itemId: string;
  kind: ItemType;
  /** The item's copy (its Y.Doc, provider and save state), once CollaborationPlugin has made it. */
  onCopy(copy: LocalCopy): void;
  /** The accessible name of the writing area. */
  label: string;
  /** Put the caret in the document once its content has arrived (it was just created: the writer types at once). */
  focusWhenLoaded?: boolean;
  /** The space the item is in: writers can add pictures, uploaded there. Without it, no pictures can be added. */
  spaceId?: string;
  /** A new number opens a fresh copy (after the server refused changes made while this page could not write). */
  generation?: number;
}

const validateUrl = (url: string) => sanitizeLinkUrl(url) !== null;

/**
 * Lexical bound to the document's Y.Doc through @lexical/yjs. Undo and redo come
 * from the Yjs UndoManager CollaborationPlugin installs: they only ever take back
 * this user's own changes.
 *
 * Memoised: the page around it renders again now and then (its details saved, a panel opened);
 * with its props unchanged, the editor's toolbars and plugins need not.
 */
export const CollaborativeEditor = memo(function CollaborativeEditor({
  docId,
  canEdit,
  caretName,
  caretColor,
  userId,
  itemId,
  kind,
  onCopy,
  label,
  focusWhenLoaded,
  spaceId,
  generation = 0,
}: CollaborativeEditorProps) {
  const t = useT();
  // The text's language (the item's, or the post's): screen readers, spelling and hyphenation follow it.
  const language = useContentLanguage();
  const cursorsRef = useRef<HTMLDivElement>(null);
  const initialConfig = useMemo(
    () => ({
      ...createEditorConfig((error: Error) => console.error(error)),
      nodes: WEB_EDITOR_NODES,
      // The content comes from the server's Y.Doc, never from here.
      editorState: null,
      // Writable once that content has arrived (WhenLoadedPlugin).
      editable: false,
    }),
    [],
  );
  // A new key remounts the editor (another document, refused changes) with a new Y.Doc (the key is
  // on LexicalCollaboration, which holds the docs): it loads afresh from the server, and nothing typed
  // while it could not write is sent again. Rights that change only switch the editor between reading
  // and writing (WhenLoadedPlugin): a live lesson's pause must not send everyone back to the top.
  const editorKey = `${docId}:${generation}`;
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const loaded = loadedKey === editorKey;
  const markLoaded = useCallback(() => setLoadedKey(editorKey), [editorKey]);
  // The title only names the copy (in the device's index): a rename must not make a new connection.
  const title = useRef(label);
  useEffect(() => {
    title.current = label;
  }, [label]);
  const providerFactory = useMemo(
    () => createProviderFactory({ userId, itemId, kind, get title() { return title.current; } }, onCopy),
    [userId, itemId, kind, onCopy],
  );

  return (
    <LexicalCollaboration key={editorKey}>
      <LexicalComposer initialConfig={initialConfig}>
        {canEdit ? spaceId ? <PictureToolbar spaceId={spaceId} /> : <Toolbar /> : null}
        <div className={canEdit ? 'editor-surface' : 'editor-surface editor-surface--read-only'}>
          <div ref={cursorsRef} className="editor-surface__cursors" />
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="editor-surface__content document-content"
                lang={language || undefined}
                aria-label={label}
                aria-multiline
                aria-placeholder={t('editor.placeholder')}
                placeholder={
                  <div className="editor-surface__placeholder">{loaded ? (canEdit ? t('editor.placeholder') : '') : t('app.loading')}</div>
                }
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <ListPlugin />
        <LinkPlugin validateUrl={validateUrl} />
        <ClickableLinkPlugin newTab />
        <WhenLoadedPlugin canEdit={canEdit} focus={focusWhenLoaded ?? false} onLoaded={markLoaded} />
        {/* The partnership's glossary terms, marked without touching the document. */}
        <GlossaryHighlightPlugin />
        <CollaborationPlugin
          id={docId}
          providerFactory={providerFactory}
          // The server writes every new document's first paragraph; clients never bootstrap.
          shouldBootstrap={false}
          username={caretName}
          cursorColor={caretColor}
          cursorsContainerRef={cursorsRef}
        />
      </LexicalComposer>
    </LexicalCollaboration>
  );
});
