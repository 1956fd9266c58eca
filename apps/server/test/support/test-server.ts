import path from 'node:path';
import { startKopaServer, type KopaConfig, type KopaServer, type KopaServerOptions } from '../../src/index.js';
import { makeTempDir } from '@kopa/testkit';

export interface TestServer extends KopaServer {
  config: KopaConfig;
  dataDir: string;
  /** Closes the server and deletes its data. */
  stop(): Promise<void>;
}

/** The real server, in this process, on a free port, with a fresh SQLite file and the demo data. */
export async function startTestServer(
  overrides: Partial<KopaConfig> = {},
  options: KopaServerOptions = {},
): Promise<TestServer> {
  const temp = await makeTempDir();
  const config: KopaConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir: temp.path,
    demo: true,
    allowedOrigins: [],
    logLevel: 'silent',
    webDistDir: path.join(temp.path, 'no-web-app'),
    trustProxy: false,
    sqliteSynchronous: 'NORMAL',
    sessionDays: 1,
    docUnloadDelayMs: 60_000,
    compactAfterUpdates: 500,
    maxConnectionsPerUser: 50,
    autoVersionIntervalMs: 10 * 60_000,
    boardThumbnailDelayMs: 100,
    ...overrides,
  };
  const server = await startKopaServer(config, options);
  return {
    ...server,
    config,
    dataDir: config.dataDir,
    async stop() {
      await server.close();
      await temp.remove();
    },
  };
}
