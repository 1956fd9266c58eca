import type { ApiError, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * A refused body says, besides its English sentence, what is wrong without words (`problem`), so the
 * web app can say it in the reader's language.
 */
describe('400 invalid_request carries a problem the web app can translate', () => {
  let server: TestServer;
  let ilze: LoggedIn;
  let welcomeId: string;

  const post = (path: string, body: unknown) => sendJson<ApiError>(server.url, 'POST', `/api${path}`, { cookie: ilze.cookie, body });

  beforeAll(async () => {
    server = await startTestServer();
    ilze = await login(server.url, 'ilze');
    const spaces = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', ilze.cookie)).body;
    welcomeId = spaces.find((space) => space.title === 'Welcome')!.id;
  });
  afterAll(() => server?.stop());

  it('a title that is too long: the field, the kind, the bound, and the English sentence for API users', async () => {
    const refused = await post(`/spaces/${welcomeId}/items`, { title: 'x'.repeat(121) });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'invalid_request', field: 'title', problem: { kind: 'too_long', limit: 120 } });
    expect(refused.body.error).toMatch(/^title: /);
  });

  it('a missing title is "required", a type not offered is "invalid_choice"', async () => {
    expect((await post(`/spaces/${welcomeId}/items`, {})).body).toMatchObject({ field: 'title', problem: { kind: 'required' } });
    expect((await post(`/spaces/${welcomeId}/items`, { title: 'Plan', type: 'spreadsheet' })).body).toMatchObject({
      field: 'type',
      problem: { kind: 'invalid_choice' },
    });
  });

  it('a pasted class list: a line too long names the line; too many names say how many fit', async () => {
    const pupils = `/partnerships/${ilze.me.partnershipId}/schools/${ilze.me.schoolId}/pupils`;
    const longLine = await post(pupils, { names: ['Anna', `Marija ${'Kristiāna '.repeat(25)}`] });
    expect(longLine.status).toBe(400);
    expect(longLine.body).toMatchObject({ code: 'invalid_request', field: 'names.1', problem: { kind: 'too_long', limit: 200 } });
    const tooMany = await post(pupils, { names: Array.from({ length: 201 }, () => 'Anna') });
    expect(tooMany.body).toMatchObject({ code: 'invalid_request', field: 'names', problem: { kind: 'too_many', limit: 200 } });
  });

  it('a language Kopa does not speak is not one of the choices', async () => {
    const unknown = await sendJson<ApiError>(server.url, 'PUT', '/api/me/locale', { cookie: ilze.cookie, body: { locale: 'zz' } });
    expect(unknown).toMatchObject({ status: 400, body: { code: 'invalid_request', field: 'locale', problem: { kind: 'invalid_choice' } } });
  });
});
