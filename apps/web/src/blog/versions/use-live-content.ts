import { readDocumentContent } from '@kopa/editor';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';

/** How long typing in the original pauses before the reference beside a version follows it. */
const SETTLE_MS = 400;

/**
 * A document's content (serialized Lexical) read from a live Y.Doc, following its changes once
 * typing pauses: the original beside a version, as its writers are writing it. Null until read.
 */
export function useLiveContent(doc: Y.Doc | null): unknown {
  const [content, setContent] = useState<{ doc: Y.Doc; content: unknown } | null>(null);
  useEffect(() => {
    if (!doc) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      void readDocumentContent(Y.encodeStateAsUpdate(doc)).then(
        (next) => current && setContent({ doc, content: next }),
        (error: unknown) => console.error('The original could not be read', error),
      );
    };
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(read, SETTLE_MS);
    };
    read();
    doc.on('update', onUpdate);
    return () => {
      current = false;
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [doc]);
  return content && content.doc === doc ? content.content : null;
}
