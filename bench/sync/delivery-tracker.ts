interface SentEdit {
  /** The sender's Yjs clock right after the edit: a peer has the edit once it has this clock. */
  endClock: number;
  sentAt: number;
  measured: boolean;
}

/**
 * Matches edits to their arrival at each peer. An edit is identified by its
 * sender's Yjs client id and the clock after it; a peer has seen it as soon as
 * its document holds that clock for that client. Each sender's edits are kept in
 * send order, so every peer walks them with one cursor per sender (O(1) per delivery).
 * All clients live in this process, so send and receive times share one clock.
 */
export class DeliveryTracker {
  private readonly bySender = new Map<number, SentEdit[]>();
  private readonly latencies: number[] = [];
  private expected = 0;
  private drainWaiter: (() => void) | undefined;

  get deliveriesExpected(): number {
    return this.expected;
  }

  get deliveriesMeasured(): number {
    return this.latencies.length;
  }

  /** A copy of the measured latencies in ms. */
  samples(): number[] {
    return [...this.latencies];
  }

  /** Call right after the sender's local edit; `peers` receivers are expected to see it. */
  sent(senderId: number, endClock: number, sentAt: number, measured: boolean, peers: number): void {
    let edits = this.bySender.get(senderId);
    if (!edits) this.bySender.set(senderId, (edits = []));
    edits.push({ endClock, sentAt, measured });
    if (measured) this.expected += peers;
  }

  /** One receiving client: call `seen` when its document reaches a new clock for some client. */
  receiver(): (senderId: number, clock: number, now: number) => void {
    const cursors = new Map<number, number>();
    return (senderId, clock, now) => {
      const edits = this.bySender.get(senderId);
      if (!edits) return;
      let cursor = cursors.get(senderId) ?? 0;
      while (cursor < edits.length && edits[cursor]!.endClock <= clock) {
        const edit = edits[cursor]!;
        if (edit.measured) this.latencies.push(now - edit.sentAt);
        cursor++;
      }
      cursors.set(senderId, cursor);
      if (this.drainWaiter && this.latencies.length >= this.expected) this.drainWaiter();
    };
  }

  /** Resolves true once every measured edit reached every peer, false after `timeoutMs`. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.latencies.length >= this.expected) return Promise.resolve(true);
    return new Promise((resolve) => {
      const deadline = setTimeout(() => {
        this.drainWaiter = undefined;
        resolve(false);
      }, timeoutMs);
      this.drainWaiter = () => {
        clearTimeout(deadline);
        this.drainWaiter = undefined;
        resolve(true);
      };
    });
  }
}
