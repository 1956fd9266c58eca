import { BoardModel, createBoardUndo, REPAIR_ORIGIN, type BoardSnapshot, type BoardUndo } from '@kopa/board';
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { syncServerUrl } from '../editor/collab-provider';

export interface OpenBoard {
  model: BoardModel;
  undo: BoardUndo;
  provider: WebsocketProvider;
}

/**
 * Connects one board document: its own Y.Doc and y-websocket provider (no
 * BroadcastChannel: every change goes through the server, which decides what is
 * allowed), the model that alone writes it and the user's undo history.
 * After others' changes it repairs what concurrent edits can leave dangling
 * (a connector to a deleted note) — only for those who may write.
 *
 * A new `generation` opens a fresh copy (a new Y.Doc and connection): after the server
 * refused changes made while this page could not write (4409), nothing built on them is sent again.
 *
 * Otherwise the connection depends on the document alone: when the right to write comes
 * or goes (a teacher locks the board) the server turns this same connection
 * read-only or back, so the board, its view and its undo history stay as they are.
 */
export function useBoard(docId: string, canEdit: boolean, generation = 0): { board: OpenBoard | null; synced: boolean; loaded: boolean } {
  const [board, setBoard] = useState<OpenBoard | null>(null);
  const [synced, setSynced] = useState(false);
  // The board's content has arrived once (its layout is known); a reconnection later keeps it shown.
  const [loaded, setLoaded] = useState(false);
  const mayWrite = useRef(canEdit);
  useLayoutEffect(() => {
    mayWrite.current = canEdit;
  }, [canEdit]);

  useEffect(() => {
    const doc = new Y.Doc();
    // Connected once announced (below), so the status listeners see it happen.
    const provider = new WebsocketProvider(syncServerUrl(), docId, doc, { connect: false, disableBc: true });
    const model = new BoardModel(doc);
    const undo = createBoardUndo(model);
    let repairScheduled = false;
    const onTransaction = (transaction: Y.Transaction) => {
      if (!mayWrite.current || transaction.local || transaction.origin === REPAIR_ORIGIN || repairScheduled) return;
      repairScheduled = true;
      // After the transaction, not inside it; several remote updates in a row share one repair.
      setTimeout(() => {
        repairScheduled = false;
        model.repair();
      }, 0);
    };
    const onSync = (isSynced: boolean) => {
      setSynced(isSynced);
      if (isSynced) setLoaded(true);
    };
    doc.on('afterTransaction', onTransaction);
    provider.on('sync', onSync);
    let open = true;
    // Announced after this effect (not during it), and only if it was not closed meanwhile (StrictMode).
    queueMicrotask(() => {
      if (!open) return;
      setSynced(false);
      setLoaded(false);
      setBoard({ model, undo, provider });
    });
    return () => {
      open = false;
      doc.off('afterTransaction', onTransaction);
      provider.off('sync', onSync);
      undo.destroy();
      provider.destroy();
      doc.destroy();
      setBoard(null);
    };
  }, [docId, generation]);

  // After this render's effects (the status and awareness listeners) are in place.
  useEffect(() => {
    board?.provider.connect();
  }, [board]);

  return { board, synced, loaded };
}

const EMPTY: BoardSnapshot = { layout: 'canvas', objects: [], byId: new Map(), columns: [] };
const noSubscription = () => () => {};

/** The board as plain data, re-rendering after every change (the model caches it between changes). */
export function useBoardSnapshot(model: BoardModel | null): BoardSnapshot {
  return useSyncExternalStore(
    model ? (listener) => model.subscribe(() => listener()) : noSubscription,
    () => (model ? model.snapshot() : EMPTY),
  );
}
