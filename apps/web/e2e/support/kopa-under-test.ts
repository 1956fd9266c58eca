import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, startKopaProcess, stopKopaProcess, type KopaProcess } from '@kopa/testkit';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the end-to-end tests leave their screenshots (git-ignored). */
export const SCREENSHOTS = path.resolve(webRoot, '../../test-results');

/** The built web app (npm test builds it first; a lone e2e run builds it here). */
export function ensureWebAppBuilt(): void {
  if (existsSync(path.join(webRoot, 'dist/index.html'))) return;
  execFileSync(process.execPath, [path.join(webRoot, '../../node_modules/vite/bin/vite.js'), 'build'], {
    cwd: webRoot,
    stdio: 'inherit',
  });
}

/** A real Kopa process with its own data folder, which can be killed and started again on the same port. */
export async function startKopaForBrowser() {
  ensureWebAppBuilt();
  const temp = await makeTempDir('kopa-e2e-');
  let current: KopaProcess = await startKopaProcess(temp.path);
  const port = new URL(current.url).port;
  return {
    get url() {
      return current.url;
    },
    async kill() {
      await stopKopaProcess(current, 'SIGKILL');
    },
    async restart() {
      current = await startKopaProcess(temp.path, { env: { PORT: port } });
    },
    async stop() {
      await stopKopaProcess(current, 'SIGTERM');
      await temp.remove();
    },
  };
}

export type KopaForBrowser = Awaited<ReturnType<typeof startKopaForBrowser>>;

/** For a describe block: one Kopa process and one chromium, started before its tests and stopped after. */
export function useKopaAndChromium(): { readonly kopa: KopaForBrowser; readonly browser: Browser } {
  const env = {} as { kopa: KopaForBrowser; browser: Browser };
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [env.kopa, env.browser] = await Promise.all([startKopaForBrowser(), launchChromium()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.kopa?.stop();
  });
  return env;
}
