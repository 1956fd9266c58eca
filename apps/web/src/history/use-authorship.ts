import { authorshipRuns, type AuthorshipBlock } from '@kopa/editor';
import type { DocumentAuthor } from '@kopa/protocol';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { historyApi } from './history-api';
import { authorsByClient, unknownClients, visibleWriters } from './writers';

export type AuthorsState = { status: 'loading' } | { status: 'ready'; authors: DocumentAuthor[] } | { status: 'failed'; error: unknown };

/** How long the text may rest before unknown writers are looked up (the server records them as changes arrive). */
const LOOKUP_DELAY_MS = 1000;
/** Not live: how long the text rests before the runs are read again (the credits follow once typing pauses). */
const RESTING_DELAY_MS = 1000;

/**
 * Who wrote which text: the runs come from the editor's own Y.Doc; the people behind
 * the Yjs client ids from the server, asked again when text from a client nobody knows
 * yet appears. Without a doc (the editor not connected yet) there is nothing to show.
 *
 * `live` (the coloured view is showing): every change redraws the runs, at most once a
 * frame. Otherwise only the credits use them, and the runs are read again once the text
 * has rested for a second: every redraw renders the whole post page again, which typing
 * must not pay for on every keystroke.
 */
export function useAuthorship(itemId: string, doc: Y.Doc | null, live = true) {
  const store = useMemo(() => (doc ? authorshipStore(doc) : NO_DOC), [doc]);
  const blocks = useSyncExternalStore(live ? store.subscribeLive : store.subscribeResting, store.getSnapshot);
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
const NOTHING_TO_LISTEN_TO = () => () => {};
/** Before the editor has its Y.Doc: nothing written, nothing to listen to. */
const NO_DOC = { subscribeLive: NOTHING_TO_LISTEN_TO, subscribeResting: NOTHING_TO_LISTEN_TO, getSnapshot: () => NO_BLOCKS };

/** The runs of a doc, read again after it changes: at most once a frame (live), or once it has rested. */
function authorshipStore(doc: Y.Doc) {
  let blocks: AuthorshipBlock[] = authorshipRuns(doc);
  const subscriber = (wait: 'frame' | number) => (onChange: () => void) => {
    let frame = 0;
    let timer = 0;
    const reread = () => {
      frame = 0;
      timer = 0;
      blocks = authorshipRuns(doc);
      onChange();
    };
    const changed =
      wait === 'frame'
        ? () => {
            if (!frame) frame = window.requestAnimationFrame(reread);
          }
        : () => {
            window.clearTimeout(timer);
            timer = window.setTimeout(reread, wait);
          };
    // Whatever changed before this subscription is read now.
    blocks = authorshipRuns(doc);
    doc.on('update', changed);
    return () => {
      doc.off('update', changed);
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  };
  return { subscribeLive: subscriber('frame'), subscribeResting: subscriber(RESTING_DELAY_MS), getSnapshot: () => blocks };
}
