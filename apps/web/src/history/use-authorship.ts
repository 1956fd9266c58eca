import { authorshipRuns, type AuthorshipBlock } from '@kopa/editor';
import type { DocumentAuthor } from '@kopa/protocol';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { historyApi } from './history-api';
import { authorsByClient, unknownClients, visibleWriters } from './writers';

export type AuthorsState = { status: 'loading' } | { status: 'ready'; authors: DocumentAuthor[] } | { status: 'failed'; error: unknown };

/** How long the text may rest before unknown writers are looked up (the server records them as changes arrive). */
const LOOKUP_DELAY_MS = 1000;

/**
 * Who wrote which text, live: the runs come from the editor's own Y.Doc (every
 * change redraws them, at most once a frame); the people behind the Yjs client ids
 * from the server, asked again when text from a client nobody knows yet appears.
 * Without a doc (the editor not connected yet) there is nothing to show.
 */
export function useAuthorship(itemId: string, doc: Y.Doc | null) {
  const store = useMemo(() => (doc ? authorshipStore(doc) : NO_DOC), [doc]);
  const blocks = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [authors, setAuthors] = useState<AuthorsState>({ status: 'loading' });
  const [request, setRequest] = useState(0);
  // Client ids already looked up: one that stays unknown (the server's own first paragraph) is asked about once.
  const asked = useRef(new Set<number>());

  const hasDoc = doc !== null;
  useEffect(() => {
    if (!hasDoc) return;
    let current = true;
    historyApi.authors(itemId).then(
      (list) => current && setAuthors({ status: 'ready', authors: list }),
      (error: unknown) => current && setAuthors({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [itemId, request, hasDoc]);

  const byClient = useMemo(() => authorsByClient(authors.status === 'ready' ? authors.authors : []), [authors]);
  const unknown = useMemo(() => unknownClients(blocks, byClient), [blocks, byClient]);

  useEffect(() => {
    if (authors.status !== 'ready') return;
    const fresh = unknown.filter((clientId) => !asked.current.has(clientId));
    if (fresh.length === 0) return;
    const timer = window.setTimeout(() => {
      for (const clientId of fresh) asked.current.add(clientId);
      setRequest((n) => n + 1);
    }, LOOKUP_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [unknown, authors.status]);

  const retry = useCallback(() => {
    setAuthors({ status: 'loading' });
    setRequest((n) => n + 1);
  }, []);

  const writers = useMemo(() => visibleWriters(blocks, byClient), [blocks, byClient]);
  return { blocks, authors, byClient, writers, retry };
}

export type Authorship = ReturnType<typeof useAuthorship>;

const NO_BLOCKS: AuthorshipBlock[] = [];
/** Before the editor has its Y.Doc: nothing written, nothing to listen to. */
const NO_DOC = { subscribe: () => () => {}, getSnapshot: () => NO_BLOCKS };

/** The runs of a doc, read again at most once a frame after it changes (typing fires many updates a second). */
function authorshipStore(doc: Y.Doc) {
  let blocks: AuthorshipBlock[] = authorshipRuns(doc);
  return {
    subscribe(onChange: () => void) {
      let frame = 0;
      const redraw = () => {
        if (frame) return;
        frame = window.requestAnimationFrame(() => {
          frame = 0;
          blocks = authorshipRuns(doc);
          onChange();
        });
      };
      // Whatever changed before this subscription is read now.
      blocks = authorshipRuns(doc);
      doc.on('update', redraw);
      return () => {
        doc.off('update', redraw);
        window.cancelAnimationFrame(frame);
      };
    },
    getSnapshot: () => blocks,
  };
}
