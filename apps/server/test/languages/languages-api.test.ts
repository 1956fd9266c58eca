import type { ItemDetail, ItemSummary, Me, PostDetail, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { createSecondPartnership, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('languages: the person’s interface language and the language of documents and boards', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let lucia: LoggedIn;
  let guest: LoggedIn;
  let other: SecondPartnership;

  const call = <T = unknown>(who: LoggedIn | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api${path}`, {
      method,
      headers: { ...(who ? { cookie: who.cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as T }));
  const welcome = async (who: LoggedIn) =>
    (await getJson<SpaceSummary[]>(server.url, '/api/spaces', who.cookie)).body.find((space) => space.title === 'Welcome')!;
  const newItem = async (who: LoggedIn, body: { title: string; type?: string; layout?: string }) =>
    (await sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${(await welcome(who)).id}/items`, { cookie: who.cookie, body })).body;

  beforeAll(async () => {
    server = await startTestServer();
    [janis, lucia, guest] = await Promise.all([login(server.url, 'janis'), login(server.url, 'lucia'), login(server.url, 'guest')]);
    other = await createSecondPartnership(server);
  });
  afterAll(() => server?.stop());

  it('remembers the interface language a person picks, on every device they log in on', async () => {
    expect(janis.me.locale).toBeNull();
    const saved = await call<Me>(janis, 'PUT', '/me/locale', { locale: 'de' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ id: janis.me.id, locale: 'de' });
    expect((await call<Me>(janis, 'GET', '/me')).body.locale).toBe('de');
    // Another browser: the login answer carries it, so the page can switch at once.
    const elsewhere = await login(server.url, 'janis');
    expect(elsewhere.me.locale).toBe('de');
    // Someone else's choice is theirs alone.
    expect((await call<Me>(lucia, 'GET', '/me')).body.locale).toBeNull();
  });

  it('refuses languages Kopa does not speak, malformed ones, strangers and other websites', async () => {
    const malformed = await call<{ code: string; field: string }>(lucia, 'PUT', '/me/locale', { locale: 'DE' });
    expect(malformed).toMatchObject({ status: 400, body: { code: 'invalid_request', field: 'locale' } });
    expect((await call(lucia, 'PUT', '/me/locale', {})).status).toBe(400);
    expect((await call(lucia, 'PUT', '/me/locale', { locale: 'deu' })).status).toBe(400);
    const unknown = await call<{ code: string; field: string }>(lucia, 'PUT', '/me/locale', { locale: 'zz' });
    expect(unknown).toMatchObject({ status: 400, body: { code: 'invalid_request', field: 'locale', problem: { kind: 'invalid_choice' } } });
    expect((await call(null, 'PUT', '/me/locale', { locale: 'es' })).status).toBe(401);
    expect((await call(lucia, 'PUT', '/me/locale', { locale: 'es' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await call<Me>(lucia, 'GET', '/me')).body.locale).toBeNull();
  });

  it('sets the language of a document for whoever may change it, in its canonical spelling', async () => {
    const document = await newItem(janis, { title: 'Mūsu receptes' });
    expect(document.language).toBe('');
    const set = await call<ItemSummary>(lucia, 'PUT', `/items/${document.id}/language`, { language: 'lv' });
    expect(set).toMatchObject({ status: 200, body: { id: document.id, language: 'lv' } });
    expect((await call<ItemDetail>(janis, 'GET', `/items/${document.id}`)).body.language).toBe('lv');
    const listed = (await welcome(guest)).items.find((item) => item.id === document.id);
    expect(listed?.language).toBe('lv');

    expect((await call<ItemSummary>(janis, 'PUT', `/items/${document.id}/language`, { language: 'en-gb' })).body.language).toBe('en-GB');
    expect((await call<ItemSummary>(janis, 'PUT', `/items/${document.id}/language`, { language: '' })).body.language).toBe('');
  });

  it('refuses malformed languages, readers who may not write, strangers and posts', async () => {
    const board = await newItem(janis, { title: 'Our wall', type: 'board', layout: 'wall' });
    for (const language of ['latvian', 'en_GB', '"><script>', 'x', 42]) {
      const refused = await call<{ code: string; field: string }>(janis, 'PUT', `/items/${board.id}/language`, { language });
      expect(refused, String(language)).toMatchObject({ status: 400, body: { code: 'invalid_request', field: 'language' } });
    }
    expect((await call(guest, 'PUT', `/items/${board.id}/language`, { language: 'lv' })).status).toBe(403);
    expect((await call(other.bea, 'PUT', `/items/${board.id}/language`, { language: 'lv' })).status).toBe(404);
    expect((await call(null, 'PUT', `/items/${board.id}/language`, { language: 'lv' })).status).toBe(401);
    expect((await call<ItemDetail>(janis, 'GET', `/items/${board.id}`)).body.language).toBe('');
    expect((await call<ItemSummary>(janis, 'PUT', `/items/${board.id}/language`, { language: 'es' })).body.language).toBe('es');

    // A post has its language in its details; its item shows that one.
    const post = await newItem(janis, { title: 'Our trip', type: 'post' });
    const detail = (await call<PostDetail>(janis, 'GET', `/posts/${post.id}`)).body;
    expect(post.language).toBe(detail.meta.language);
    const refused = await call<{ field: string }>(janis, 'PUT', `/items/${post.id}/language`, { language: 'lv' });
    expect(refused).toMatchObject({ status: 400, body: { field: 'language' } });
  });
});
