import { createEditorConfig, singleBlockContent } from '@kopa/editor';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { memo, useCallback, useMemo } from 'react';
import { useT } from '../../i18n/use-t';
import { WEB_EDITOR_NODES } from '../../images/web-editor-nodes';
import { Banner } from '../../ui/Banner';
import { ContentBoundary } from './ContentBoundary';
import '../../editor/document-content.css';
import './PostContent.css';

/**
 * One top-level block of a published text, drawn read-only by Lexical with the editor's own nodes
 * and theme, like PostContent draws the whole: a cell of the side-by-side reading. Nothing else
 * (no glossary list) sits in a cell, so the paragraphs beside each other stay in line.
 */
export const ReadOnlyBlock = memo(function ReadOnlyBlock({ content, block, language }: { content: unknown; block: unknown; language: string }) {
  const t = useT();
  const initialConfig = useMemo(
    () => ({
      ...createEditorConfig((error: Error) => console.error(error)),
      nodes: [...WEB_EDITOR_NODES],
      editable: false,
      editorState: JSON.stringify(singleBlockContent(content, block)),
    }),
    [content, block],
  );
  return (
    <ContentBoundary fallback={<Banner tone="error">{t('blog.post.unreadable')}</Banner>}>
      <LexicalComposer initialConfig={initialConfig} key={initialConfig.editorState}>
        <RichTextPlugin contentEditable={<BlockRoot language={language} />} ErrorBoundary={LexicalErrorBoundary} />
        <ListPlugin />
      </LexicalComposer>
    </ContentBoundary>
  );
});

/** A plain element to draw into: read as text, not announced as a read-only text box. */
function BlockRoot({ language }: { language: string }) {
  const [editor] = useLexicalComposerContext();
  const attach = useCallback((element: HTMLDivElement | null) => editor.setRootElement(element), [editor]);
  return <div ref={attach} className="document-content post-content" lang={language} />;
}
