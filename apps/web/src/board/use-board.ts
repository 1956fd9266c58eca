import { BoardModel, createBoardUndo, REPAIR_ORIGIN, type BoardSnapshot, type BoardUndo } from '@kopa/board';
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { syncServerUrl } from '../editor/collab-provider';
import { LocalCopy, type CopyOwner } from '../offline/local-copy';
import { OnlineAwareProvider } from '../offline/online-aware-provider';

export interface OpenBoard {
  model: BoardModel;
  undo: BoardUndo;
  provider: WebsocketProvider;
  /** The board's copy on this device, and whether the server has stored everything. */
  copy: LocalCopy;
}

/** Whose copy of which board: kept on this device per person and item. */
export type BoardOwner = Omit<CopyOwner, 'kind'>;

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
 * The board is kept on this device too (LocalCopy): it opens offline, edits made offline
 * are sent when the connection returns, and the page says honestly whether all is saved.
 *
 * Otherwise the connection depends on the document alone: when the right to write comes
 * or goes (a teacher locks the board) the server turns this same connection
 * read-only or back, so the board, its view and its undo history stay as they are.
 */
export function useBoard(
  docId: string,
  canEdit: boolean,
  owner: BoardOwner,
  generation = 0,
): { board: OpenBoard | null; synced: boolean; loaded: boolean } {
  const [board, setBoard] = useState<OpenBoard | null>(null);
  const [synced, setSynced] = useState(false);
  // The board's content has arrived once (its layout is known); a reconnection later keeps it shown.
  const [loaded, setLoaded] = useState(false);
  const mayWrite = useRef(canEdit);
  useLayoutEffect(() => {
    mayWrite.current = canEdit;
  }, [canEdit]);
  // The title only names the copy in the device's index: a rename opens nothing anew.
  const title = useRef(owner.title);
  useLayoutEffect(() => {
    title.current = owner.title;
  }, [owner.title]);
  const { userId, itemId } = owner;

  useEffect(() => {
    const doc = new Y.Doc();
    // Connected once announced (below), so the status listeners see it happen.
    const provider = new OnlineAwareProvider(syncServerUrl(), docId, doc);
    // Right after the provider, before any content: it counts every change the server must store.
    const copy = new LocalCopy(provider, { userId, itemId, kind: 'board', title: title.current });
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
    // Opened offline: what this device kept is the board until the server answers.
    const onDeviceLoaded = () => {
      if (doc.store.clients.size > 0) setLoaded(true);
    };
    doc.on('afterTransaction', onTransaction);
    provider.on('sync', onSync);
    copy.on('device-loaded', onDeviceLoaded);
    let open = true;
    // Announced after this effect (not during it), and only if it was not closed meanwhile (StrictMode).
    queueMicrotask(() => {
      if (!open) return;
      setSynced(false);
      setLoaded(false);
      setBoard({ model, undo, provider, copy });
    });
    return () => {
      open = false;
      doc.off('afterTransaction', onTransaction);
      provider.off('sync', onSync);
      copy.off('device-loaded', onDeviceLoaded);
      undo.destroy();
      copy.destroy();
      provider.destroy();
      doc.destroy();
      setBoard(null);
    };
  }, [docId, generation, userId, itemId]);

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
