import { createEditorConfig } from '@kopa/editor';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useMemo } from 'react';
import { WEB_EDITOR_NODES } from '../images/web-editor-nodes';
import '../editor/document-content.css';
import './ReadOnlyContent.css';

/**
 * A serialized Lexical state (a stored version) shown exactly as the editor shows
 * content: the same nodes, theme and styles, but nothing can be changed.
 * LexicalComposer reads its config once: give each version its own `key`.
 */
export function ReadOnlyContent({ content, label }: { content: unknown; label: string }) {
  const initialConfig = useMemo(
    () => ({
      ...createEditorConfig((error: Error) => console.error(error)),
      // Pictures drawn as in the editor (the shared list alone renders them as nothing).
      nodes: WEB_EDITOR_NODES,
      editable: false,
      editorState: JSON.stringify(content),
    }),
    [content],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="read-only-content document-content" aria-label={label} aria-readonly />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <ListPlugin />
    </LexicalComposer>
  );
}
