import fs from 'node:fs/promises';
import path from 'node:path';
import type { SpaceSummary } from '@kopa/protocol';
import { getJson } from '../support/api-client.js';

/** Sends picture bytes the way the web app does: the raw file as the body. */
export async function uploadPicture<T = unknown>(
  baseUrl: string,
  spaceId: string,
  bytes: Uint8Array,
  options: { cookie?: string; contentType?: string; origin?: string } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/octet-stream' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  // A copy on a plain ArrayBuffer: what fetch's body type accepts (a Buffer may sit on a shared one).
  const body = new Uint8Array(bytes);
  const response = await fetch(`${baseUrl}/api/spaces/${spaceId}/uploads`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

export async function fetchFile(baseUrl: string, url: string, cookie?: string): Promise<Response> {
  return fetch(`${baseUrl}${url}`, { headers: cookie ? { cookie } : {} });
}

/** The demo team space "Welcome" as the given user sees it. */
export async function welcomeSpaceId(baseUrl: string, cookie: string): Promise<string> {
  const { body } = await getJson<SpaceSummary[]>(baseUrl, '/api/spaces', cookie);
  const welcome = body.find((space) => space.kind === 'team' && space.title === 'Welcome');
  if (!welcome) throw new Error('the demo team space "Welcome" is missing');
  return welcome.id;
}

/** Every path under the server's files directory (none when it does not exist yet). */
export async function storedFiles(dataDir: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(dataDir, 'files'), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.sort();
}
