import { killAllChildrenNow } from './child-server.js';

type Cleanup = () => Promise<void> | void;

/** Cleanups still to run (close clients, stop servers, remove temp dirs), newest first. */
const cleanups: Cleanup[] = [];

/** Registers a cleanup to run at the end or on Ctrl-C; returns a function that unregisters it. */
export function onCleanup(cleanup: Cleanup): () => void {
  cleanups.push(cleanup);
  return () => {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

/** Runs every registered cleanup (newest first), reporting but surviving failures. */
export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    try {
      await cleanup();
    } catch (error) {
      console.error('cleanup failed:', error);
    }
  }
}

/** Ctrl-C / SIGTERM clean up before exiting; on any exit, leftover children are killed. */
export function installExitHandlers(): void {
  process.on('exit', killAllChildrenNow);
  let interrupted = false;
  const interrupt = (signal: NodeJS.Signals) => {
    if (interrupted) {
      killAllChildrenNow();
      process.exit(130);
    }
    interrupted = true;
    console.error(`\n${signal}: cleaning up…`);
    void runCleanups().finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
}
