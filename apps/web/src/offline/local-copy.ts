import { CLOSE_CODES, type ItemType } from '@kopa/protocol';
import { SaveTracker, type ConnectionState, type SaveState } from '@kopa/sync-client';
import { ObservableV2 } from 'lib0/observable';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { deleteLocalCopy, whenCleared } from './copy-clearing';
import { readCopyText } from './copy-text';
import { forgetCopy, recordOpened, recordUnsaved } from './copies-store';
import { localCopyName } from './local-copy-name';
import { browserOnline, type OnlineAwareProvider } from './online-aware-provider';
import { keepRescuedText } from './rescued-texts';

/** How long a copy typed in online stays saved before the index says so (see LocalCopy.recordInIndex); below SAVED_SETTLE_MS. */
const INDEX_SAVED_DELAY_MS = 500;

/** Whose copy of which item (the database is per person and item). */
export interface CopyOwner {
  userId: string;
  itemId: string;
  kind: ItemType;
  title: string;
}

type LocalCopyEvents = {
  /** The save state changed (connection, or whether this device holds unsaved work). */
  change: (state: SaveState) => void;
  /**
   * The server refused this copy's changes (4409). Its text is kept for the pupil and the
   * copy is deleted from the device: open a fresh one (a new Y.Doc and connection).
   */
  refused: () => void;
  /** What this device kept of the item is in the Y.Doc (maybe nothing). */
  'device-loaded': () => void;
};

/**
 * One item's Y.Doc, kept on this device (y-indexeddb, a database per person and item) and
 * synced with the server (the provider). It knows, honestly, whether the server has stored
 * everything: SaveTracker counts every change and the server confirms storing it. Content
 * loaded from the device counts as a change too, so a copy remembers (in the copies index)
 * whether it held unsaved work; a copy that did not is not "pending" just for being loaded.
 *
 * When the server will not take the copy's changes (4409: a teacher paused editing or
 * rights changed while offline; 4403 with unsaved work: the item is gone), the text is
 * kept for the pupil to copy, the copy is deleted (or its changes would be sent, and
 * refused, forever), and the page opens a fresh copy.
 *
 * Create it right after the provider, before any content reaches the Y.Doc; what the
 * device keeps loads on the owner's first `connect()` (once the editor is bound to the doc).
 */
export class LocalCopy extends ObservableV2<LocalCopyEvents> {
  readonly tracker: SaveTracker;
  readonly doc: Y.Doc;
  readonly name: string;
  private persistence: IndexeddbPersistence | null = null;
  private deviceLoaded = false;
  /** The copy held unsaved changes when it was opened (from the index), not yet confirmed since. */
  private fromDevice: boolean;
  /** Changed here since the server last confirmed everything. */
  private localEdit = false;
  /** Some of the unsaved work was done while not connected. */
  private offlineWork: boolean;
  private recordedUnsaved: boolean;
  /** Waiting to write "saved" to the index (see recordInIndex). */
  private savedTimer: ReturnType<typeof setTimeout> | undefined;
  private lost = false;
  private destroyed = false;
  private state: SaveState;

  constructor(
    readonly provider: OnlineAwareProvider,
    readonly owner: CopyOwner,
  ) {
    super();
    // First, before anything reaches the doc: it counts every change from here on.
    this.tracker = new SaveTracker(provider);
    this.doc = provider.doc;
    this.name = localCopyName(owner.userId, provider.roomname);
    const entry = recordOpened(owner.userId, { docId: provider.roomname, itemId: owner.itemId, kind: owner.kind, title: owner.title });
    this.fromDevice = entry.unsaved;
    this.offlineWork = entry.unsaved;
    this.recordedUnsaved = entry.unsaved;
    this.state = { connection: this.connection(), pending: this.fromDevice };
    this.tracker.on('change', this.recompute);
    this.doc.on('update', this.onDocUpdate);
    provider.on('connection-close', this.onClose);
    provider.onFirstConnect(() => this.openOnDevice());
    provider.onRelease(() => this.destroy());
  }

  get current(): SaveState {
    return this.state;
  }

  override destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    // Saved, and only waiting to say so: said now, before the copy closes.
    if (this.savedTimer !== undefined) this.writeSaved();
    this.tracker.off('change', this.recompute);
    this.tracker.destroy();
    this.doc.off('update', this.onDocUpdate);
    this.provider.off('connection-close', this.onClose);
    // Closed, not deleted: the copy stays on the device for next time.
    if (!this.lost) void this.persistence?.destroy();
    this.persistence = null;
    super.destroy();
  }

  private openOnDevice(): void {
    void whenCleared(this.name).then(() => {
      if (this.destroyed || this.lost) return;
      if (typeof indexedDB === 'undefined') return this.loadedFromDevice(null);
      const persistence = new IndexeddbPersistence(this.name, this.doc);
      this.persistence = persistence;
      void persistence.whenSynced.then(() => this.loadedFromDevice(persistence));
      persistence._db.then(
        (db) =>
          // The copy is being deleted (refused in another page or tab, a logout): stop writing to it at once,
          // or the next change would write to a closed database and throw inside Yjs.
          db.addEventListener('versionchange', () => {
            if (this.persistence !== persistence) return;
            this.persistence = null;
            void persistence.destroy();
          }),
        // No IndexedDB here (some private modes): the item still works, only not kept on the device.
        (error: unknown) => {
          console.warn('This device cannot keep a copy of the item', error);
          this.loadedFromDevice(persistence);
        },
      );
    });
  }

  private loadedFromDevice(persistence: IndexeddbPersistence | null): void {
    if (this.persistence !== persistence || this.deviceLoaded || this.destroyed) return;
    this.deviceLoaded = true;
    this.recompute();
    this.emit('device-loaded', []);
  }

  private connection(): ConnectionState {
    // A fresh copy replaces this one at once.
    if (this.lost) return 'connecting';
    // Until the owner connects (a moment after opening), it is on its way, unless the browser is offline.
    if (!this.provider.hasStarted) return browserOnline() ? 'connecting' : 'disconnected';
    return this.tracker.current.connection;
  }

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown) => {
    // From the server (stored there already), or loaded from this device (see fromDevice).
    if (origin === this.provider || (origin !== null && origin === this.persistence)) return;
    this.localEdit = true;
    if (this.state.connection !== 'connected') this.offlineWork = true;
    this.recompute();
  };

  private readonly recompute = () => {
    if (this.destroyed) return;
    const typedOnline = !this.fromDevice && !this.offlineWork;
    // The server confirmed everything changed here, including what was loaded from the device.
    if (!this.tracker.current.pending && (!this.fromDevice || this.deviceLoaded)) {
      this.fromDevice = false;
      this.localEdit = false;
      this.offlineWork = false;
    }
    const unsaved = !this.lost && (this.fromDevice || this.localEdit);
    // Only a copy in use speaks for the device (StrictMode may make one that never connects).
    if (!this.lost && this.provider.hasStarted) this.recordInIndex(unsaved, typedOnline);
    const next: SaveState = { connection: this.connection(), pending: unsaved };
    if (next.connection === this.state.connection && next.pending === this.state.pending) return;
    this.state = next;
    this.emit('change', [next]);
  };

  /**
   * Keeps the device's index of copies right about unsaved work. "Unsaved" is written at once. "Saved"
   * after typing online waits until the copy has stayed saved for INDEX_SAVED_DELAY_MS (less than the
   * indicator waits to say so): typing flips it at every keystroke, and each write of the index is
   * work on the keystroke. Meanwhile the index may still say "unsaved", which is safe (at worst the
   * copy is sent to the server again); it never says "saved" early.
   */
  private recordInIndex(unsaved: boolean, typedOnline: boolean): void {
    if (unsaved) {
      clearTimeout(this.savedTimer);
      this.savedTimer = undefined;
      if (!this.recordedUnsaved) {
        this.recordedUnsaved = true;
        recordUnsaved(this.owner.userId, this.provider.roomname, true);
      }
      return;
    }
    if (!this.recordedUnsaved || this.savedTimer !== undefined) return;
    // Written offline or loaded from the device: saved at last, said at once.
    if (!typedOnline) return this.writeSaved();
    this.savedTimer = setTimeout(() => this.writeSaved(), INDEX_SAVED_DELAY_MS);
  }

  private writeSaved(): void {
    clearTimeout(this.savedTimer);
    this.savedTimer = undefined;
    if (this.lost) return;
    this.recordedUnsaved = false;
    recordUnsaved(this.owner.userId, this.provider.roomname, false);
  }

  private readonly onClose = (event: CloseEvent | null) => {
    if (event?.code === CLOSE_CODES.refusedEdits) this.lose('refused');
    // The item went (deleted, or no longer readable) with work not yet on the server: keep its text.
    else if (event?.code === CLOSE_CODES.accessRevoked && this.state.pending) this.lose('revoked');
  };

  /** The server will not take this copy: keep its text for the pupil, delete it from the device. */
  private lose(reason: 'refused' | 'revoked'): void {
    if (this.lost || this.destroyed) return;
    clearTimeout(this.savedTimer);
    this.savedTimer = undefined;
    // Read now, before anything replaces or destroys the doc.
    const state = Y.encodeStateAsUpdate(this.doc);
    const offline = this.offlineWork;
    this.lost = true;
    this.provider.end();
    // Out of the index at once: nothing else (a logout, a page that cannot open the item) handles it twice.
    forgetCopy(this.owner.userId, this.provider.roomname);
    const cleared = deleteLocalCopy(this.name, this.persistence);
    this.persistence = null;
    this.recompute();
    // The fresh copy opens as soon as this one is off the device (the pupil may be writing on);
    // the text to copy comes a moment later, from the state read above.
    void cleared.then(() => {
      if (reason === 'refused') this.emit('refused', []);
    });
    const { userId, itemId, kind, title } = this.owner;
    readCopyText(kind, state).then(
      (text) => {
        if (text.trim()) keepRescuedText(userId, { itemId, kind, title, text, offline });
      },
      (error: unknown) => console.error('The text of a refused copy could not be read', error),
    );
  }
}
