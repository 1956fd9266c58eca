/**
 * Calls `fire(0)`, `fire(1)`, … at `rate` per second, evenly spaced: call i is
 * due at start + i/rate. If the event loop falls behind, overdue calls run at
 * once (catching up), so the rate holds over the run. Used for the edits and
 * for spreading the clients' awareness renewals.
 */
export class RateScheduler {
  private timer: NodeJS.Timeout | undefined;
  private startedAt = 0;
  private fired = 0;

  constructor(
    private readonly rate: number,
    private readonly fire: (sequence: number) => void,
  ) {}

  start(): void {
    this.startedAt = performance.now();
    this.tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly tick = (): void => {
    const elapsedMs = performance.now() - this.startedAt;
    const due = Math.floor((elapsedMs * this.rate) / 1000) + 1;
    while (this.fired < due) this.fire(this.fired++);
    const nextAt = this.startedAt + (this.fired * 1000) / this.rate;
    this.timer = setTimeout(this.tick, Math.max(0, nextAt - performance.now()));
  };
}
