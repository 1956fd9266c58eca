import { createEditorConfig } from '@kopa/editor';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useMemo } from 'react';
import { useT } from '../../i18n/use-t';
import { WEB_EDITOR_NODES } from '../../images/web-editor-nodes';
import { GlossaryHighlightPlugin } from '../../glossary/GlossaryHighlightPlugin';
import { Banner } from '../../ui/Banner';
import { ContentBoundary } from './ContentBoundary';
import '../../editor/document-content.css';
import './PostContent.css';

export interface PostContentProps {
  /** The published version: a serialized Lexical editor state. */
  content: unknown;
  /** The post's language, for screen readers' voices and for hyphenation. */
  language: string;
}

/**
 * The published text, drawn by Lexical with the editor's own nodes and theme so it looks
 * exactly as its writers saw it, but nothing in it can be changed.
 */
export function PostContent({ content, language }: PostContentProps) {
  const t = useT();
  const initialConfig = useMemo(
    () => ({
      ...createEditorConfig((error: Error) => console.error(error)),
      // Pictures are drawn by the web's own image node, as in the editor.
      nodes: [...WEB_EDITOR_NODES],
      editable: false,
      editorState: JSON.stringify(content),
    }),
    [content],
  );
  return (
    <ContentBoundary fallback={<Banner tone="error">{t('blog.post.unreadable')}</Banner>}>
      {/* A new published version is a new editor: the key follows the content. */}
      <LexicalComposer initialConfig={initialConfig} key={initialConfig.editorState}>
        <RichTextPlugin contentEditable={<ReadOnlyRoot language={language} />} ErrorBoundary={LexicalErrorBoundary} />
        <ListPlugin />
        <GlossaryHighlightPlugin />
      </LexicalComposer>
    </ContentBoundary>
  );
}

/**
 * A plain element for Lexical to draw into: read as ordinary text by screen readers,
 * not as a text box that happens to be read-only (what ContentEditable would announce).
 */
function ReadOnlyRoot({ language }: { language: string }) {
  const [editor] = useLexicalComposerContext();
  const attach = useCallback((element: HTMLDivElement | null) => editor.setRootElement(element), [editor]);
  return <div ref={attach} className="document-content post-content" lang={language} />;
}
