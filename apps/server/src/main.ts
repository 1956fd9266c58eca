import { ConfigError, loadConfig } from './config.js';
import { startKopaServer } from './kopa-server.js';
import { StartupError } from './startup-error.js';

/**
 * `node apps/server/dist/main.js`: starts Kopa from environment settings and
 * shuts it down cleanly on SIGTERM/SIGINT (everything pending is written first).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startKopaServer(config);
  server.logger.info({ url: server.url, dataDir: config.dataDir }, 'Kopa is running');
  if (process.stdout.isTTY) console.log(`\n  Kopa is running at ${server.url}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  if (error instanceof StartupError || error instanceof ConfigError) {
    console.error(`Kopa could not start. ${error.message}`);
  } else {
    console.error('Kopa could not start:', error);
  }
  process.exit(1);
});
