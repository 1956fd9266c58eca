import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { ChildServer } from './child-server.js';
import { onCleanup } from './lifecycle.js';
import type { Target } from './types.js';

const require = createRequire(import.meta.url);
/** The package's bin (`y-websocket-server`): listens on env HOST/PORT, rooms from the URL path. */
const SERVER_JS = path.join(path.dirname(require.resolve('@y/websocket-server/package.json')), 'src/server.js');
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;

/**
 * Starts a bare @y/websocket-server (in-memory documents, no auth, no persistence)
 * as a child process and waits for its "running at '<host>' on port <port>" line.
 */
export async function startBaseline(label: string, roomCount: number): Promise<Target> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HOST, PORT: String(port) };
  delete env.YPERSISTENCE; // keep documents in memory only
  const server = new ChildServer(label, [SERVER_JS], env);
  const stop = async () => {
    await server.stop();
  };
  const unregister = onCleanup(stop);
  try {
    await server.waitForLine(
      (line) => (line.includes('running at') && line.includes(`port ${port}`) ? true : undefined),
      START_TIMEOUT_MS,
      '"running at" line',
    );
  } catch (error) {
    unregister();
    await stop();
    throw error;
  }
  return {
    label,
    pid: server.pid,
    serverUrl: `ws://${HOST}:${port}`,
    rooms: Array.from({ length: roomCount }, (_, i) => `bench-room-${i + 1}`),
    cookies: [],
    stop: async () => {
      unregister();
      await stop();
    },
  };
}

/** A port that was free a moment ago (bind to port 0, read it, close). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });
}
