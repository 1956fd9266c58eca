import type { AuditEntry, ItemSummary, Partnership, Practice, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { createSecondPartnership, expectOk, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createPractice } from './practice-setup.js';

/**
 * Describing good practices: who may create, change, delete and make public a partnership's practices
 * (its teachers and coordinator; pupils and guests read), what a practice may hold (checked against the
 * partnership, errors naming the field), its links, and the audit log.
 */

const PEOPLE = ['ilze', 'carmen', 'marco', 'janis', 'guest'] as const;
type Person = (typeof PEOPLE)[number];

describe('the inventory of good practices: writing', () => {
  let server: TestServer;
  const as = {} as Record<Person, LoggedIn>;
  let partnershipId: string;
  let welcome: SpaceSummary;
  let bridges: SecondPartnership;

  const call = <T = Practice & { code?: string; field?: string; error?: string }>(who: Person | LoggedIn, method: string, path: string, body?: unknown) =>
    sendJson<T>(server.url, method, path, { cookie: typeof who === 'string' ? as[who].cookie : who.cookie, body });
  const create = (who: Person | LoggedIn, body: unknown, pid = partnershipId) => call(who, 'POST', `/api/partnerships/${pid}/practices`, body);
  const audit = async () => (await getJson<AuditEntry[]>(server.url, `/api/partnerships/${partnershipId}/audit`, as.ilze.cookie)).body;

  beforeAll(async () => {
    server = await startTestServer();
    await Promise.all(PEOPLE.map(async (name) => (as[name] = await login(server.url, name))));
    partnershipId = as.ilze.me.partnershipId!;
    const spaces = await expectOk(getJson<SpaceSummary[]>(server.url, '/api/spaces', as.ilze.cookie), 'list spaces');
    welcome = spaces.find((space) => space.title === 'Welcome')!;
    bridges = await createSecondPartnership(server);
  });
  afterAll(() => server?.stop());

  it('a teacher describes a practice with every field; every member reads it, the creator is credited', async () => {
    const { status, body } = await create('carmen', {
      title: '  Cocina de la abuela  ',
      summary: 'Pupils cook a grandparent’s recipe and write it down in two languages.',
      targetGroup: 'Pupils aged 12–15 and their families',
      outcomes: 'A recipe book in five languages.',
      themes: ['cultural heritage', 'inclusion'],
      countries: ['es', 'LV'],
      languages: ['es', 'en'],
      links: [
        { kind: 'item', itemId: welcome.items[0]!.id },
        { kind: 'url', url: 'https://example.org/recetas', label: 'The recipe book' },
      ],
    });
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({
      partnership: { id: partnershipId, title: 'Together in our diversity' },
      title: 'Cocina de la abuela',
      targetGroup: 'Pupils aged 12–15 and their families',
      themes: ['cultural heritage', 'inclusion'],
      countries: ['ES', 'LV'],
      languages: ['es', 'en'],
      links: [
        { kind: 'item', itemId: welcome.items[0]!.id, title: 'Our first words', type: 'doc', archived: false },
        { kind: 'url', url: 'https://example.org/recetas', label: 'The recipe book' },
      ],
      public: false,
      createdBy: { displayName: 'Carmen', country: 'ES' },
      mine: true,
      canEdit: true,
    });
    expect(body.createdAt).toBe(body.updatedAt);

    for (const reader of ['janis', 'guest'] as const) {
      const read = await call(reader, 'GET', `/api/practices/${body.id}`);
      expect(read.status, reader).toBe(200);
      expect(read.body).toMatchObject({ title: 'Cocina de la abuela', mine: true, canEdit: false });
      expect(read.body.links).toHaveLength(2);
    }
    const entry = (await audit()).find((candidate) => candidate.action === 'practice.create' && candidate.targetId === body.id);
    expect(entry).toMatchObject({ targetType: 'practice', actor: { displayName: 'Carmen' }, detail: { title: 'Cocina de la abuela' } });
  });

  it('teachers of any school and the coordinator change, publish and delete it; pupils and guests only read', async () => {
    const practice = await createPractice(server.url, as.carmen.cookie, partnershipId, { title: 'Shadow theatre' });

    for (const reader of ['janis', 'guest'] as const) {
      expect((await create(reader, { title: 'Mine too' })).status, `${reader} creates`).toBe(403);
      expect((await call(reader, 'PATCH', `/api/practices/${practice.id}`, { title: 'Changed' })).status, `${reader} changes`).toBe(403);
      expect((await call(reader, 'PATCH', `/api/practices/${practice.id}`, { public: true })).status, `${reader} publishes`).toBe(403);
      expect((await call(reader, 'DELETE', `/api/practices/${practice.id}`)).status, `${reader} deletes`).toBe(403);
    }
    // Partnership B's coordinator does not even know it exists.
    for (const [method, body] of [['GET'], ['PATCH', { title: 'Changed' }], ['DELETE']] as const) {
      expect((await call(bridges.bea, method, `/api/practices/${practice.id}`, body)).status, `bea ${method}`).toBe(404);
    }
    expect((await create(bridges.bea, { title: 'Into A' })).status).toBe(404);

    // Marco (IT) changes what Carmen (ES) wrote; only what is sent changes.
    const changed = await call('marco', 'PATCH', `/api/practices/${practice.id}`, { summary: 'Pupils stage local tales with paper puppets.', themes: ['diversity'] });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ title: 'Shadow theatre', summary: 'Pupils stage local tales with paper puppets.', themes: ['diversity'], public: false });
    expect(changed.body.updatedAt).toBeGreaterThanOrEqual(practice.updatedAt);

    const published = await call('ilze', 'PATCH', `/api/practices/${practice.id}`, { public: true });
    expect(published.status).toBe(200);
    expect(published.body.public).toBe(true);
    const unpublished = await call('marco', 'PATCH', `/api/practices/${practice.id}`, { public: false });
    expect(unpublished.body.public).toBe(false);
    // Sending what is already there changes nothing and logs nothing.
    const before = (await audit()).length;
    expect((await call('marco', 'PATCH', `/api/practices/${practice.id}`, { title: 'Shadow theatre', public: false })).status).toBe(200);
    expect((await audit()).length).toBe(before);

    expect((await call('carmen', 'DELETE', `/api/practices/${practice.id}`)).status).toBe(204);
    expect((await call('carmen', 'GET', `/api/practices/${practice.id}`)).status).toBe(404);
    expect((await call('carmen', 'DELETE', `/api/practices/${practice.id}`)).status).toBe(404);

    const log = (await audit()).filter((entry) => entry.targetId === practice.id).reverse();
    expect(log.map((entry) => [entry.action, entry.actor?.displayName])).toEqual([
      ['practice.create', 'Carmen'],
      ['practice.update', 'Marco'],
      ['practice.publish', 'Ilze'],
      ['practice.unpublish', 'Marco'],
      ['practice.delete', 'Carmen'],
    ]);
    expect(log.every((entry) => entry.detail.title === 'Shadow theatre')).toBe(true);
  });

  it('a practice created public is logged as created and made public', async () => {
    const practice = await createPractice(server.url, as.marco.cookie, partnershipId, { title: 'Città per tutti', public: true });
    expect(practice.public).toBe(true);
    const actions = (await audit()).filter((entry) => entry.targetId === practice.id).map((entry) => entry.action);
    expect(actions.sort()).toEqual(['practice.create', 'practice.publish']);
  });

  it('refuses what does not fit, naming the field', async () => {
    const bItem = await expectOk(
      sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${bridges.team.spaceId}/items`, { cookie: bridges.bea.cookie, body: { title: 'B notes' } }),
      'an item in B',
    );
    // Each with what is wrong in no words (`problem`), for the web app to say in the reader's language.
    const cases: [string, unknown, string][] = [
      ['title', {}, 'required'],
      ['title', { title: '   ' }, 'required'],
      ['title', { title: 'x'.repeat(161) }, 'too_long'],
      ['summary', { title: 'ok', summary: 'x'.repeat(4001) }, 'too_long'],
      ['targetGroup', { title: 'ok', targetGroup: 42 }, 'invalid'],
      ['themes', { title: 'ok', themes: ['robots'] }, 'not_in_partnership'],
      ['themes', { title: 'ok', themes: ['diversity', 'diversity'] }, 'invalid'],
      ['themes', { title: 'ok', themes: Array.from({ length: 21 }, (_, index) => `t${index}`) }, 'too_many'],
      ['countries', { title: 'ok', countries: ['PL'] }, 'not_in_partnership'],
      ['countries.0', { title: 'ok', countries: ['Latvia'] }, 'invalid_format'],
      ['languages', { title: 'ok', languages: ['pl'] }, 'not_in_partnership'],
      ['languages.0', { title: 'ok', languages: ['latviešu'] }, 'invalid_format'],
      ['links.0.itemId', { title: 'ok', links: [{ kind: 'item', itemId: bItem.id }] }, 'not_in_partnership'],
      ['links.1.itemId', { title: 'ok', links: [{ kind: 'url', url: 'https://example.org' }, { kind: 'item', itemId: 'no-such-item' }] }, 'not_in_partnership'],
      ['links.0.url', { title: 'ok', links: [{ kind: 'url', url: 'javascript:alert(1)' }] }, 'invalid_format'],
      ['links.0.url', { title: 'ok', links: [{ kind: 'url', url: 'data:text/html,<script>alert(1)</script>' }] }, 'invalid_format'],
      ['links.0.url', { title: 'ok', links: [{ kind: 'url', url: 'ftp://example.org/file' }] }, 'invalid_format'],
      ['links.0.url', { title: 'ok', links: [{ kind: 'url', url: 'https://' }] }, 'invalid_format'],
      // Past the schema's pattern, but no address a browser can open (checked by the server's own rule).
      ['links.0.url', { title: 'ok', links: [{ kind: 'url', url: 'https://:80' }] }, 'invalid_format'],
      ['links.0.kind', { title: 'ok', links: [{ kind: 'file', path: '/etc/passwd' }] }, 'invalid_choice'],
      ['links', { title: 'ok', links: Array.from({ length: 21 }, (_, index) => ({ kind: 'url', url: `https://example.org/${index}` })) }, 'too_many'],
      ['public', { title: 'ok', public: 'yes' }, 'invalid'],
    ];
    for (const [field, body, problem] of cases) {
      const { status, body: answer } = await create('carmen', body);
      expect(status, `${field}: ${JSON.stringify(body).slice(0, 120)}`).toBe(400);
      expect(answer, JSON.stringify(body).slice(0, 120)).toMatchObject({ code: 'invalid_request', field, problem: { kind: problem } });
      expect(answer.error).toContain(`${field}:`);
    }
    const practice = await createPractice(server.url, as.carmen.cookie, partnershipId, { title: 'Valid' });
    const patch = await call('carmen', 'PATCH', `/api/practices/${practice.id}`, {});
    expect(patch.status).toBe(400);
    const wrongLink = await call('carmen', 'PATCH', `/api/practices/${practice.id}`, { links: [{ kind: 'item', itemId: bItem.id }] });
    expect(wrongLink.body).toMatchObject({ code: 'invalid_request', field: 'links.0.itemId', problem: { kind: 'not_in_partnership' } });
  });

  it('keeps links once, drops deleted items from what it shows, and keeps a value the partnership dropped since', async () => {
    const doc = await expectOk(
      call<ItemSummary>('carmen', 'POST', `/api/spaces/${welcome.id}/items`, { title: 'Recipe cards' }),
      'an item to link to',
    );
    const practice = await createPractice(server.url, as.carmen.cookie, partnershipId, {
      title: 'Recipe cards',
      themes: ['inclusion'],
      links: [
        { kind: 'item', itemId: doc.id },
        { kind: 'item', itemId: doc.id },
        { kind: 'url', url: 'https://example.org/a', label: '' },
        { kind: 'url', url: 'https://example.org/a', label: 'again' },
      ],
    });
    expect(practice.links.map((link) => link.kind)).toEqual(['item', 'url']);

    await expectOk(call('carmen', 'PATCH', `/api/items/${doc.id}`, { title: 'Recipe cards, final' }), 'rename the item');
    expect((await call('janis', 'GET', `/api/practices/${practice.id}`)).body.links[0]).toMatchObject({ title: 'Recipe cards, final' });
    await expectOk(call('carmen', 'DELETE', `/api/items/${doc.id}`), 'delete the item');
    expect((await call('janis', 'GET', `/api/practices/${practice.id}`)).body.links).toEqual([{ kind: 'url', url: 'https://example.org/a', label: '' }]);

    // The coordinator drops "inclusion": the practice keeps it when saved again, new ones may not take it.
    const partnership = (await getJson<Partnership>(server.url, `/api/partnerships/${partnershipId}`, as.ilze.cookie)).body;
    await expectOk(call('ilze', 'PATCH', `/api/partnerships/${partnershipId}`, { themes: ['diversity'] }), 'drop a theme');
    try {
      expect((await call('carmen', 'PATCH', `/api/practices/${practice.id}`, { themes: ['inclusion', 'diversity'], links: [] })).status).toBe(200);
      expect((await create('carmen', { title: 'New', themes: ['inclusion'] })).body).toMatchObject({ field: 'themes' });
    } finally {
      await expectOk(call('ilze', 'PATCH', `/api/partnerships/${partnershipId}`, { themes: partnership.themes }), 'bring the themes back');
    }
  });

  it('languages follow the partnership’s working languages; an archived partnership takes no changes', async () => {
    const { bea } = bridges;
    // B starts working in English only: Polish is refused until its coordinator adds it.
    expect((await create(bea, { title: 'Mosty', languages: ['pl'] }, bridges.partnershipId)).body).toMatchObject({ field: 'languages' });
    await expectOk(call(bea, 'PATCH', `/api/partnerships/${bridges.partnershipId}`, { languages: ['pl', 'en'] }), 'B works in Polish too');
    const practice = await createPractice(server.url, bea.cookie, bridges.partnershipId, { title: 'Mosty', languages: ['pl', 'en'], countries: ['PL'] });
    expect(practice.languages).toEqual(['pl', 'en']);
    expect((await create(bea, { title: 'Mosty 2', countries: ['LV'] }, bridges.partnershipId)).body).toMatchObject({ field: 'countries' });

    await expectOk(call(bea, 'PATCH', `/api/partnerships/${bridges.partnershipId}`, { state: 'archived' }), 'archive B');
    try {
      expect((await create(bea, { title: 'Too late' }, bridges.partnershipId)).status).toBe(403);
      expect((await call(bea, 'PATCH', `/api/practices/${practice.id}`, { public: true })).status).toBe(403);
      expect((await call(bea, 'DELETE', `/api/practices/${practice.id}`)).status).toBe(403);
      const read = await call(bea, 'GET', `/api/practices/${practice.id}`);
      expect(read.status).toBe(200);
      expect(read.body.canEdit).toBe(false);
    } finally {
      await expectOk(call(bea, 'PATCH', `/api/partnerships/${bridges.partnershipId}`, { state: 'active' }), 'bring B back');
    }
  });

  it('asks for a login', async () => {
    expect((await sendJson(server.url, 'GET', '/api/practices')).status).toBe(401);
    expect((await sendJson(server.url, 'POST', `/api/partnerships/${partnershipId}/practices`, { body: { title: 'x' } })).status).toBe(401);
  });
});
