import type { ItemSummary, Me, SpaceSummary } from '@kopa/protocol';
import { DEMO_PASSWORD } from '../../src/index.js';

export interface LoggedIn {
  cookie: string;
  me: Me;
}

/** Logs in through the real API and returns the session cookie to send along. */
export async function login(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<LoggedIn> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0]!, me: (await response.json()) as Me };
}

export async function getJson<T>(baseUrl: string, path: string, cookie?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, body: (await response.json()) as T };
}

/** The demo document "Our first words", as the given user sees it. */
export async function firstWords(baseUrl: string, cookie: string): Promise<ItemSummary> {
  const { body } = await getJson<SpaceSummary[]>(baseUrl, '/api/spaces', cookie);
  const item = body.flatMap((space) => space.items).find((candidate) => candidate.title === 'Our first words');
  if (!item) throw new Error('the demo document "Our first words" is missing');
  return item;
}

/** Any REST call as the given user (or nobody); the body, if any, is sent as JSON. */
export async function sendJson<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  // Pictures and other non-JSON answers come back as their bytes.
  if (!response.headers.get('content-type')?.includes('json')) {
    return { status: response.status, body: new Uint8Array(await response.arrayBuffer()) as T, headers: response.headers };
  }
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}
