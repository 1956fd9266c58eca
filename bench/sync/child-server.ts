import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const TAIL_LINES = 40;
const STOP_GRACE_MS = 15_000;

/** Every server child still running, so that nothing outlives the bench (see killAllChildrenNow). */
const live = new Set<ChildProcess>();

/** Last resort on exit: SIGKILL whatever is left (synchronous, usable in process.on('exit')). */
export function killAllChildrenNow(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

/**
 * A server under test running as a child `node` process. Its stdout and stderr
 * are read line by line (and must be: a full pipe would block the server); the
 * last lines are kept for error messages.
 */
export class ChildServer {
  private readonly child: ChildProcess;
  private readonly tailLines: string[] = [];
  private readonly lineListeners = new Set<(line: string) => void>();
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;

  constructor(
    readonly name: string,
    args: string[],
    env: NodeJS.ProcessEnv,
  ) {
    this.child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(this.child);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        live.delete(this.child);
        this.exitCode = code ?? (signal ? null : 0);
        resolve(this.exitCode);
      });
    });
    this.child.once('error', (error) => this.onLine(`[spawn error] ${error.message}`));
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (stream) createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => this.onLine(line));
    }
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`${this.name} did not start`);
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** The last lines the process printed, for diagnostics. */
  tail(): string {
    return this.tailLines.map((line) => `    | ${line}`).join('\n');
  }

  /**
   * Resolves with the first non-undefined `match(line)` of a line printed from now on.
   * Rejects if the process exits first or nothing matches within `timeoutMs`.
   */
  waitForLine<T>(match: (line: string) => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const finish = (error: Error | null, value?: T) => {
        clearTimeout(deadline);
        this.lineListeners.delete(listener);
        if (error) reject(error);
        else resolve(value as T);
      };
      const listener = (line: string) => {
        const value = match(line);
        if (value !== undefined) finish(null, value);
      };
      const deadline = setTimeout(
        () => finish(new Error(`${this.name}: no ${what} within ${timeoutMs} ms. Last output:\n${this.tail()}`)),
        timeoutMs,
      );
      this.lineListeners.add(listener);
      void this.exited.then((code) =>
        finish(new Error(`${this.name} exited (code ${code}) before ${what}. Last output:\n${this.tail()}`)),
      );
    });
  }

  /** SIGTERM, then SIGKILL if it has not exited after a grace period. Resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (!this.running) return this.exitCode ?? null;
    this.child.kill('SIGTERM');
    let grace: NodeJS.Timeout | undefined;
    const killed = new Promise<void>((resolve) => {
      grace = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, STOP_GRACE_MS);
    });
    await Promise.race([this.exited, killed]);
    clearTimeout(grace);
    return this.exited;
  }

  private onLine(line: string): void {
    this.tailLines.push(line);
    if (this.tailLines.length > TAIL_LINES) this.tailLines.shift();
    for (const listener of [...this.lineListeners]) listener(line);
  }
}
