import type { ApiError, Me } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('authentication API', () => {
  let server: TestServer;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    server = await startTestServer({}, { loginLimits: { perAccountFailures: 3, perAddressFailures: 1000, windowSeconds: 60 } });
  });
  afterAll(() => server?.stop());

  it('GET /api/health answers {"status":"ok"}', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/instance says whether the demo accounts are offered', async () => {
    expect(await (await fetch(`${server.url}/api/instance`)).json()).toEqual({ demo: true });
  });

  it('logs in with a username and password: an httpOnly, SameSite=Lax session cookie and the user', async () => {
    const response = await post('/api/auth/login', { username: 'ilze', password: 'kopa-demo' });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kopa_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = (await response.json()) as Me;
    expect(me).toMatchObject({ username: 'ilze', displayName: 'Ilze', role: 'coordinator', country: 'LV' });
    expect(Object.keys(me)).toEqual(expect.arrayContaining(['id', 'username', 'displayName', 'role', 'schoolId', 'country']));
  });

  it('usernames are not case sensitive', async () => {
    expect((await post('/api/auth/login', { username: ' Lucia ', password: 'kopa-demo' })).status).toBe(200);
  });

  it('GET /api/me answers the logged-in user, 401 without a session', async () => {
    const { cookie } = await login(server.url, 'lucia');
    const me = await getJson<Me>(server.url, '/api/me', cookie);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'lucia', displayName: 'Lucía', role: 'pupil', country: 'ES' });
    const anonymous = await getJson<ApiError>(server.url, '/api/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toBeTruthy();
  });

  it('wrong credentials answer 401 with an error, the same for unknown users', async () => {
    const wrongPassword = await post('/api/auth/login', { username: 'marco', password: 'nope' });
    const unknownUser = await post('/api/auth/login', { username: 'nobody', password: 'nope' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownUser.json());
  });

  it('a malformed body answers 400 naming the bad field', async () => {
    const missing = await post('/api/auth/login', { username: 'ilze' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ field: 'password', error: expect.stringContaining('password') });

    const wrongType = await post('/api/auth/login', { username: 42, password: 'x' });
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toMatchObject({ field: 'username' });

    const notJson = await post('/api/auth/login', '{"username": ');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as ApiError).error).toMatch(/JSON/);

    const tooLong = await post('/api/auth/login', { username: 'x'.repeat(65), password: 'x' });
    expect(await tooLong.json()).toMatchObject({ field: 'username' });
  });

  it('logout ends the session', async () => {
    const { cookie } = await login(server.url, 'carmen');
    const response = await post('/api/auth/logout', {}, { cookie });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/kopa_session=;/);
    expect((await getJson(server.url, '/api/me', cookie)).status).toBe(401);
  });

  it('slows down guessing: after repeated failures, 429 says when to try again', async () => {
    for (let i = 0; i < 3; i++) expect((await post('/api/auth/login', { username: 'ana', password: `guess-${i}` })).status).toBe(401);
    const blocked = await post('/api/auth/login', { username: 'ana', password: 'kopa-demo' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.json()).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: expect.any(Number) });
    // Another account from the same address is not affected.
    expect((await post('/api/auth/login', { username: 'andrei', password: 'kopa-demo' })).status).toBe(200);
  });

  it('refuses writes from another website (CSRF)', async () => {
    const response = await post('/api/auth/login', { username: 'ilze', password: 'kopa-demo' }, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'foreign_origin' });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await getJson<ApiError>(server.url, '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('not_found');
  });
});
