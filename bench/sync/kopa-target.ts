import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChildServer } from './child-server.js';
import { onCleanup } from './lifecycle.js';
import type { Target } from './types.js';

const KOPA_MAIN = fileURLToPath(new URL('../../apps/server/dist/main.js', import.meta.url));
const START_TIMEOUT_MS = 30_000;
const PASSWORD = 'kopa-demo';
/** Demo users who may edit documents in the "Welcome" space; the first creates the rooms. */
const EDITORS = ['ilze', 'carmen', 'marco', 'ana', 'janis', 'lucia', 'giulia', 'andrei'];

interface SpaceSummary {
  id: string;
  title: string;
  items: { id: string; docId: string; title: string; canEdit: boolean }[];
}

/**
 * Starts Kopa on a fresh data dir (which seeds the demo partnership), logs in
 * every demo editor and creates one document per room in the "Welcome" space.
 */
export async function startKopa(label: string, roomCount: number, sqliteSynchronous?: 'normal'): Promise<Target> {
  if (!existsSync(KOPA_MAIN)) {
    throw new Error(`${KOPA_MAIN} is missing: build the server first (npx tsc -b apps/server)`);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kopa-bench-'));
  const removeDataDir = () => rm(dataDir, { recursive: true, force: true });
  const unregisterDir = onCleanup(removeDataDir);

  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('KOPA_')) delete env[key];
  Object.assign(env, { PORT: '0', HOST: '127.0.0.1', KOPA_DATA_DIR: dataDir, KOPA_LOG_LEVEL: 'info' });
  if (sqliteSynchronous) env.KOPA_SQLITE_SYNCHRONOUS = sqliteSynchronous;

  const server = new ChildServer(label, [KOPA_MAIN], env);
  const stop = async () => {
    const code = await server.stop();
    if (code !== 0) console.error(`  ${label} exited with code ${code}. Last output:\n${server.tail()}`);
    await removeDataDir();
  };
  const unregisterServer = onCleanup(stop);

  try {
    const url = await server.waitForLine(readyUrl, START_TIMEOUT_MS, '"Kopa is running" log line');
    const cookies = await Promise.all(EDITORS.map((username) => login(url, username)));
    const rooms = await createRooms(url, cookies[0]!, roomCount);
    await checkEveryoneCanEdit(url, cookies, rooms);
    return {
      label,
      pid: server.pid,
      serverUrl: `${url.replace(/^http/, 'ws')}/yjs`,
      rooms,
      cookies,
      stop: async () => {
        unregisterServer();
        unregisterDir();
        await stop();
      },
    };
  } catch (error) {
    unregisterServer();
    unregisterDir();
    await stop();
    throw error;
  }
}

/** The `url` of pino's `{"msg":"Kopa is running","url":…}` line, else undefined. */
function readyUrl(line: string): string | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return entry.msg === 'Kopa is running' && typeof entry.url === 'string' ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

async function login(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const setCookie = response.headers.getSetCookie()[0];
  if (response.status !== 200 || !setCookie) {
    throw new Error(`login as ${username} failed: HTTP ${response.status} ${await response.text()}`);
  }
  return setCookie.split(';')[0]!;
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${url} failed: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function welcomeSpace(url: string, cookie: string): Promise<SpaceSummary> {
  const spaces = await getJson<SpaceSummary[]>(`${url}/api/spaces`, cookie);
  const welcome = spaces.find((space) => space.title === 'Welcome') ?? spaces[0];
  if (!welcome) throw new Error('the demo data has no space to create bench documents in');
  return welcome;
}

async function createRooms(url: string, cookie: string, count: number): Promise<string[]> {
  const space = await welcomeSpace(url, cookie);
  const rooms: string[] = [];
  for (let i = 1; i <= count; i++) {
    const response = await fetch(`${url}/api/spaces/${space.id}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ title: `Bench room ${i}` }),
    });
    if (response.status !== 201) {
      throw new Error(`creating bench room ${i} failed: HTTP ${response.status} ${await response.text()}`);
    }
    rooms.push(((await response.json()) as { docId: string }).docId);
  }
  return rooms;
}

/** A read-only connection would drop its edits silently, so make sure every session may edit. */
async function checkEveryoneCanEdit(url: string, cookies: string[], rooms: string[]): Promise<void> {
  await Promise.all(
    cookies.map(async (cookie, index) => {
      const space = await welcomeSpace(url, cookie);
      const editable = new Set(space.items.filter((item) => item.canEdit).map((item) => item.docId));
      const missing = rooms.filter((room) => !editable.has(room));
      if (missing.length > 0) throw new Error(`${EDITORS[index]} may not edit bench rooms ${missing.join(', ')}`);
    }),
  );
}
