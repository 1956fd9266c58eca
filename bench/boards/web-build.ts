import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webRoot = path.join(repoRoot, 'apps/web');
const builtPage = path.join(webRoot, 'dist/index.html');
/** What the web bundle is built from (vite reads the packages' sources directly). */
const SOURCES = ['apps/web/src', 'apps/web/index.html', 'packages/board/src', 'packages/editor/src', 'packages/i18n/src', 'packages/protocol/src'];

/**
 * The server must be built (the npm script runs `tsc -b apps/server`); the web app is
 * rebuilt here when its bundle is missing or older than any of its sources, so the bench
 * never measures yesterday's canvas.
 */
export function ensureBuilt(): void {
  const server = path.join(repoRoot, 'apps/server/dist/main.js');
  if (!existsSync(server)) throw new Error(`${server} is missing: build the server first (npx tsc -b apps/server)`);
  if (existsSync(builtPage) && newestChange(SOURCES.map((source) => path.join(repoRoot, source))) <= statSync(builtPage).mtimeMs) return;
  console.log('building the web app (its bundle is missing or older than its sources)…');
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: webRoot, stdio: 'inherit' });
}

function newestChange(paths: string[]): number {
  let newest = 0;
  for (const entry of paths) {
    if (!existsSync(entry)) continue;
    const stats = statSync(entry);
    if (stats.isDirectory()) {
      newest = Math.max(newest, newestChange(readdirSync(entry).map((name) => path.join(entry, name))));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  }
  return newest;
}
