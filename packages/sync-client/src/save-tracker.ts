import { SYNC_MESSAGE_TYPES } from '@kopa/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ObservableV2 } from 'lib0/observable';
import type { WebsocketProvider } from 'y-websocket';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface SaveState {
  connection: ConnectionState;
  /** This device holds changes the server has not yet confirmed as stored. */
  pending: boolean;
}

/**
 * Knows whether the server has stored this device's changes, so "saved" never means
 * only "sent". Every change made here (typing, or content loaded from the device's own
 * storage) raises a counter; once synced, the tracker sends a save check carrying the
 * counter after the changes, and the server answers it once they are on disk.
 *
 * Why the counter and not the state vector: a deletion does not advance a Yjs client's
 * clock, so comparing state vectors would call a deletion saved before it left the device.
 */
export class SaveTracker extends ObservableV2<{ change: (state: SaveState) => void }> {
  private changes = 0;
  private confirmed = 0;
  private checkScheduled = false;
  private state: SaveState;

  constructor(private readonly provider: WebsocketProvider) {
    super();
    this.state = { connection: provider.wsconnected ? 'connected' : provider.wsconnecting ? 'connecting' : 'disconnected', pending: false };
    provider.messageHandlers[SYNC_MESSAGE_TYPES.saved] = (_encoder, decoder) => {
      this.confirmed = Math.max(this.confirmed, decoding.readVarUint(decoder));
      this.update();
    };
    // Registered after the provider's own listener: a change is on the wire before its check.
    provider.doc.on('update', this.onDocUpdate);
    provider.on('sync', this.onSync);
    provider.on('status', this.onStatus);
  }

  get current(): SaveState {
    return this.state;
  }

  /** Resolves once everything changed on this device so far is stored by the server. */
  whenSaved(): Promise<void> {
    if (!this.state.pending) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = (state: SaveState) => {
        if (state.pending) return;
        this.off('change', listener);
        resolve();
      };
      this.on('change', listener);
    });
  }

  override destroy(): void {
    this.provider.doc.off('update', this.onDocUpdate);
    this.provider.off('sync', this.onSync);
    this.provider.off('status', this.onStatus);
    delete this.provider.messageHandlers[SYNC_MESSAGE_TYPES.saved];
    super.destroy();
  }

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown) => {
    // What came from the server is stored already.
    if (origin === this.provider) return;
    this.changes++;
    this.scheduleCheck();
    this.update();
  };

  /**
   * Synced: the server's SyncStep2 has arrived, and our own SyncStep2 (what we changed
   * while away) went out before it, in answer to the server's SyncStep1.
   */
  private readonly onSync = (synced: boolean) => {
    if (synced) this.scheduleCheck();
  };

  private readonly onStatus = ({ status }: { status: ConnectionState }) => {
    this.update(status);
  };

  /** One check per burst of changes (a paste is many updates). */
  private scheduleCheck(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    queueMicrotask(() => {
      this.checkScheduled = false;
      const ws = this.provider.ws;
      // Offline or not yet synced: the next sync carries the changes, and its check follows it.
      if (!this.provider.wsconnected || !this.provider.synced || !ws || ws.readyState !== ws.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, SYNC_MESSAGE_TYPES.saveCheck);
      encoding.writeVarUint(encoder, this.changes);
      ws.send(encoding.toUint8Array(encoder));
    });
  }

  private update(connection: ConnectionState = this.state.connection): void {
    const next: SaveState = { connection, pending: this.confirmed < this.changes };
    if (next.connection === this.state.connection && next.pending === this.state.pending) return;
    this.state = next;
    this.emit('change', [next]);
  }
}
