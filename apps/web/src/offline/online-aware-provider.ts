import { WebsocketProvider, messageQueryAwareness } from 'y-websocket';
import type * as Y from 'yjs';

/**
 * y-websocket drops a connection that has received nothing for 30 s (its watchdog), and the
 * server does not echo one's own awareness back: alone in a quiet item, the page would
 * disconnect and reconnect every 30 s, and say "offline" each time. After QUIET_MS without a
 * message it asks for the awareness states instead (the server answers at once), which also
 * finds a dead socket sooner.
 */
const QUIET_MS = 12_000;

/** What the browser says about its network (true where it cannot tell). */
export function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/**
 * A y-websocket provider that follows the browser's own online/offline state. When the
 * browser goes offline it lets go of its socket at once, so the page says "offline"
 * honestly (a dead socket can otherwise look open for up to 30 s), and it connects again
 * as soon as the browser is back online, which sends what was written meanwhile.
 *
 * `connect()`/`disconnect()` say what its owner wants (the editor, the board); the
 * network only decides whether that can happen now. No BroadcastChannel: every change
 * goes through the server, which decides what is allowed and stores it.
 */
export class OnlineAwareProvider extends WebsocketProvider {
  /** The owner wants it connected (it connects whenever the network allows). */
  private wanted = false;
  /** The server closed the connection for good (refused edits, access, session): no reconnecting. */
  private ended = false;
  private started = false;
  private readonly firstConnectListeners: Array<() => void> = [];
  private readonly releaseListeners: Array<() => void> = [];
  private releaseTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly keepAlive: ReturnType<typeof setInterval>;

  constructor(serverUrl: string, docId: string, doc: Y.Doc) {
    super(serverUrl, docId, doc, { connect: false, disableBc: true });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    // 4400–4499 from the server: y-websocket stops reconnecting; so do we, even when the network comes back.
    this.on('closed', this.onEnded);
    this.keepAlive = setInterval(this.askIfQuiet, QUIET_MS / 4);
  }

  /** Whether the owner has asked to connect at least once. */
  get hasStarted(): boolean {
    return this.started;
  }

  /** Called once, on the owner's first connect (online or not): the moment to load what the device keeps. */
  onFirstConnect(listener: () => void): void {
    if (this.started) listener();
    else this.firstConnectListeners.push(listener);
  }

  /**
   * Called when the owner has let go of the provider (disconnected it and did not connect it
   * again in the same turn: React's StrictMode disconnects and reconnects at once) or destroyed it.
   */
  onRelease(listener: () => void): void {
    this.releaseListeners.push(listener);
  }

  override connect(): void {
    if (this.releaseTimer !== null) {
      clearTimeout(this.releaseTimer);
      this.releaseTimer = null;
    }
    if (this.ended) return;
    this.wanted = true;
    if (!this.started) {
      this.started = true;
      for (const listener of this.firstConnectListeners.splice(0)) listener();
    }
    if (browserOnline()) super.connect();
    // Offline from the start: say so (y-websocket only reports "disconnected" after a connection).
    else this.emit('status', [{ status: 'disconnected' }]);
  }

  override disconnect(): void {
    this.wanted = false;
    super.disconnect();
    if (this.releaseTimer === null && this.started) {
      this.releaseTimer = setTimeout(() => {
        this.releaseTimer = null;
        if (!this.wanted) this.release();
      }, 0);
    }
  }

  /** Stops for good: the server will not take what this copy holds (it is being replaced). */
  end(): void {
    this.ended = true;
    this.wanted = false;
    super.disconnect();
  }

  override destroy(): void {
    clearInterval(this.keepAlive);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    super.destroy();
    if (this.releaseTimer !== null) clearTimeout(this.releaseTimer);
    this.releaseTimer = null;
    this.release();
  }

  private release(): void {
    for (const listener of this.releaseListeners.splice(0)) listener();
  }

  private readonly onOnline = () => {
    if (this.wanted && !this.ended) super.connect();
  };

  private readonly onOffline = () => {
    if (!this.wanted) return;
    const wasConnected = this.wsconnected;
    // Keeps `wanted`: back online, it connects again.
    super.disconnect();
    // A socket that was still connecting closes without a status event: say it.
    if (!wasConnected) this.emit('status', [{ status: 'disconnected' }]);
  };

  private readonly askIfQuiet = () => {
    const ws = this.ws;
    if (!this.wsconnected || !ws || ws.readyState !== ws.OPEN) return;
    if (Date.now() - this.wsLastMessageReceived < QUIET_MS) return;
    // One varUint: the message type, nothing else.
    ws.send(new Uint8Array([messageQueryAwareness]));
  };

  private readonly onEnded = () => {
    this.ended = true;
  };
}
