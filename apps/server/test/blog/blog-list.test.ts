import type { BlogEntry, Mobility, PostDetail, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { createSecondPartnership, expectOk, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createPost, publishedPost, spaceTitled, writeInto } from './post-setup.js';

/**
 * The partnership's blog: published posts only, newest first, with what the page
 * groups them by (mobility, phase, themes), filters and full-text search.
 */

const PEOPLE = ['janis', 'giulia', 'andrei', 'lucia', 'carmen', 'marco', 'ana', 'guest'] as const;
type Person = (typeof PEOPLE)[number];

describe('the partnership blog', () => {
  let server: TestServer;
  const as = {} as Record<Person, LoggedIn>;
  let partnershipId: string;
  let welcome: SpaceSummary;
  let gijon: Mobility;
  let salerno: Mobility;
  let bridges: SecondPartnership;
  const posts = {} as Record<'gijon' | 'salerno' | 'languages', PostDetail>;

  const blog = (query = '', who: Person | LoggedIn = 'lucia', pid = partnershipId) => {
    const cookie = typeof who === 'string' ? as[who].cookie : who.cookie;
    return getJson<BlogEntry[] & { code?: string }>(server.url, `/api/partnerships/${pid}/blog${query}`, cookie);
  };
  const titles = async (query: string) => {
    const { status, body } = await blog(query);
    expect(status, query).toBe(200);
    return body.map((entry) => entry.title);
  };

  beforeAll(async () => {
    server = await startTestServer();
    await Promise.all(PEOPLE.map(async (name) => (as[name] = await login(server.url, name))));
    welcome = await spaceTitled(server.url, as.janis.cookie, 'Welcome');
    partnershipId = welcome.partnershipId;
    const mobilities = await expectOk(
      getJson<Mobility[]>(server.url, `/api/partnerships/${partnershipId}/mobilities`, as.janis.cookie),
      'list the mobilities',
    );
    gijon = mobilities.find((mobility) => mobility.city === 'Gijón')!;
    salerno = mobilities.find((mobility) => mobility.city === 'Salerno')!;
    bridges = await createSecondPartnership(server);

    posts.gijon = await publishedPost(server.url, { pupil: as.janis.cookie, teacher: as.carmen.cookie }, welcome.id, {
      title: 'Our day in Gijón',
      paragraphs: ['We visited the old town of Gijón and ate fabada.', 'Then we walked along the beach.'],
      meta: { mobilityId: gijon.id, phase: 'during', themes: ['cultural heritage'] },
    });
    posts.salerno = await publishedPost(server.url, { pupil: as.giulia.cookie, teacher: as.ana.cookie }, welcome.id, {
      title: 'Packing for Salerno',
      paragraphs: ['Pizza, sun and the Amalfi coast soon!'],
      meta: { mobilityId: salerno.id, phase: 'before', themes: ['diversity'] },
    });
    posts.languages = await publishedPost(server.url, { pupil: as.andrei.cookie, teacher: as.marco.cookie }, welcome.id, {
      title: 'Ciao from Timișoara',
      paragraphs: ['Our school speaks many languages: Română, Magyar and Deutsch.'],
      meta: { themes: ['inclusion', 'diversity'] },
    });

    // A draft that is never published: its words are nowhere in the blog.
    const draft = await createPost(server.url, as.lucia.cookie, welcome.id, 'Secret recipe');
    const writer = connectCollabClient(server.url, draft.docId, { cookie: as.lucia.cookie });
    await writer.synced();
    await writeInto(server.url, writer, as.carmen.cookie, draft.docId, ['Fabada needs a secret ingredient: patience.']);
    writer.destroy();
    await expectOk(sendJson(server.url, 'POST', `/api/posts/${draft.id}/submit`, { cookie: as.lucia.cookie, body: {} }), 'submit the draft');
  });

  afterAll(() => server?.stop());

  it('lists the published posts, newest first, with what the page groups and shows them by', async () => {
    const { status, body } = await blog();
    expect(status).toBe(200);
    expect(body.map((entry) => entry.title).sort()).toEqual(['Ciao from Timișoara', 'Our day in Gijón', 'Packing for Salerno']);
    const times = body.map((entry) => entry.publishedAt);
    expect(times).toEqual(times.toSorted((a, b) => b - a));

    const gijonEntry = body.find((entry) => entry.id === posts.gijon.id)!;
    expect(gijonEntry).toEqual({
      id: posts.gijon.id,
      title: 'Our day in Gijón',
      excerpt: 'We visited the old town of Gijón and ate fabada. Then we walked along the beach.',
      meta: { language: 'lv', themes: ['cultural heritage'], mobilityId: gijon.id, phase: 'during', cover: null, coverAlt: '' },
      credits: expect.any(Array),
      publishedAt: posts.gijon.publishedAt,
      reactionCount: 0,
      commentCount: 0,
      translationLanguages: [],
    });
    expect(body.find((entry) => entry.id === posts.salerno.id)!.meta).toMatchObject({ mobilityId: salerno.id, phase: 'before' });
    expect(body.find((entry) => entry.id === posts.languages.id)!.meta).toMatchObject({
      mobilityId: null,
      phase: null,
      themes: ['inclusion', 'diversity'],
    });
  });

  it('credits each entry to the pupils who wrote it', async () => {
    const { body } = await blog();
    expect(body.find((entry) => entry.id === posts.gijon.id)!.credits).toEqual([
      expect.objectContaining({ displayName: 'Jānis', schoolName: 'Daugavpils Secondary School', country: 'LV' }),
    ]);
  });

  it('filters by mobility, phase and theme', async () => {
    expect(await titles(`?mobilityId=${gijon.id}`)).toEqual(['Our day in Gijón']);
    expect(await titles('?phase=before')).toEqual(['Packing for Salerno']);
    expect((await titles('?theme=diversity')).sort()).toEqual(['Ciao from Timișoara', 'Packing for Salerno']);
    expect(await titles(`?theme=diversity&mobilityId=${salerno.id}`)).toEqual(['Packing for Salerno']);
    expect(await titles('?theme=football')).toEqual([]);
    expect(await titles('?mobilityId=nowhere')).toEqual([]);
    const badPhase = await blog('?phase=someday');
    expect(badPhase.status).toBe(400);
    expect(badPhase.body.code).toBe('invalid_request');
  });

  it('searches titles and published text by word beginnings, accents folded both ways', async () => {
    expect(await titles('?q=gijon')).toEqual(['Our day in Gijón']);
    expect(await titles('?q=GIJÓN')).toEqual(['Our day in Gijón']);
    expect(await titles('?q=gij')).toEqual(['Our day in Gijón']);
    expect(await titles('?q=timisoara')).toEqual(['Ciao from Timișoara']);
    expect(await titles(`?q=${encodeURIComponent('romana magy')}`)).toEqual(['Ciao from Timișoara']);
    expect(await titles(`?q=${encodeURIComponent('pizza amalfi')}`)).toEqual(['Packing for Salerno']);
    // Every word must match.
    expect(await titles(`?q=${encodeURIComponent('pizza gijon')}`)).toEqual([]);
    expect(await titles(`?q=beach&phase=during`)).toEqual(['Our day in Gijón']);
    expect(await titles(`?q=beach&phase=before`)).toEqual([]);
  });

  it('never finds words that are only in drafts', async () => {
    expect(await titles('?q=secret')).toEqual([]);
    expect(await titles('?q=patience')).toEqual([]);
    expect(await titles('?q=fabada')).toEqual(['Our day in Gijón']);
  });

  it('treats FTS5 syntax as plain words, never as a query error', async () => {
    const payloads = ['"', '""', 'NEAR(', 'NEAR(pizza sun)', 'pizza*', '"pizza', 'title:pizza', 'pizza OR gijon', '^pizza'];
    for (const q of [...payloads, '(', ')', '-', '*', 'a"b\'c', 'NOT', 'AND OR']) {
      const { status } = await blog(`?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
    }
    // Punctuation alone searches for nothing: the whole blog.
    expect(await titles(`?q=${encodeURIComponent('"')}`)).toHaveLength(3);
    expect(await titles(`?q=${encodeURIComponent('"pizza')}`)).toEqual(['Packing for Salerno']);
    expect(await titles(`?q=${encodeURIComponent('pizza*')}`)).toEqual(['Packing for Salerno']);
    expect(await titles(`?q=${encodeURIComponent('pizza OR gijon')}`)).toEqual([]);
    expect(await titles(`?q=${encodeURIComponent('title:pizza')}`)).toEqual([]);
    expect((await blog(`?q=${'x'.repeat(101)}`)).status).toBe(400);
  });

  it('counts reactions and visible comments', async () => {
    const emoji = encodeURIComponent('🎉');
    await expectOk(sendJson(server.url, 'PUT', `/api/posts/${posts.salerno.id}/reactions/${emoji}`, { cookie: as.lucia.cookie }), 'react');
    await expectOk(sendJson(server.url, 'PUT', `/api/posts/${posts.salerno.id}/reactions/${emoji}`, { cookie: as.janis.cookie }), 'react');
    await expectOk(
      sendJson(server.url, 'POST', `/api/posts/${posts.salerno.id}/comments`, { cookie: as.janis.cookie, body: { body: 'Bring sunscreen!' } }),
      'comment',
    );
    const { body } = await blog();
    expect(body.find((entry) => entry.id === posts.salerno.id)).toMatchObject({ reactionCount: 2, commentCount: 1 });
  });

  it('guests read the blog; other partnerships see nothing of it', async () => {
    expect((await titles('')).length).toBe(3);
    expect((await blog('', 'guest')).body).toHaveLength(3);
    const stranger = await blog('', bridges.bea);
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('not_found');
    expect((await blog('?q=gijon', bridges.bea)).status).toBe(404);
    expect((await getJson(server.url, `/api/posts/${posts.gijon.id}/published`, bridges.bea.cookie)).status).toBe(404);
    const theirs = await blog('', bridges.bea, bridges.partnershipId);
    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual([]);
    expect((await getJson(server.url, `/api/partnerships/${partnershipId}/blog`)).status).toBe(401);
  });

  it('an unpublished post leaves the blog and its search; a deleted one leaves the blog', async () => {
    await expectOk(
      sendJson(server.url, 'POST', `/api/posts/${posts.gijon.id}/unpublish`, { cookie: as.marco.cookie, body: { reason: 'Check the photo' } }),
      'unpublish',
    );
    expect(await titles('?q=gijon')).toEqual([]);
    expect(await titles('?q=fabada')).toEqual([]);
    expect((await titles('')).sort()).toEqual(['Ciao from Timișoara', 'Packing for Salerno']);

    expect((await sendJson(server.url, 'DELETE', `/api/items/${posts.languages.id}`, { cookie: as.andrei.cookie })).status).toBe(204);
    expect(await titles('')).toEqual(['Packing for Salerno']);
    expect(await titles('?q=timisoara')).toEqual([]);
  });
});
