import path from 'node:path';
import type { ItemSummary, Practice, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../../src/db/open-database.js';
import { PracticeRepository } from '../../src/practices/practice-repository.js';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { createSecondPartnership, expectOk, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createPractice, searchPractices } from './practice-setup.js';

/**
 * Searching the instance's inventory: full text in the partnership's languages with accents folded (FTS5,
 * unicode61 remove_diacritics 2), filters by theme, country and language with their counts, pages, and
 * what each person may see: their partnerships' practices and every public one, nothing else.
 */

const PEOPLE = ['ilze', 'carmen', 'marco', 'ana', 'lucia', 'guest'] as const;
type Person = (typeof PEOPLE)[number];
type Key = 'cocina' | 'pasakas' | 'citta' | 'poduri' | 'mosty' | 'bPrivate';

describe('the inventory of good practices: search', () => {
  let server: TestServer;
  const as = {} as Record<Person, LoggedIn>;
  let partnershipId: string;
  let bridges: SecondPartnership;
  let linked: ItemSummary;
  const practices = {} as Record<Key, Practice>;
  const keyOf = (id: string) => (Object.keys(practices) as Key[]).find((key) => practices[key].id === id) ?? id;

  /** The keys of what `who` finds, in the order found (every page). */
  const found = async (query: Record<string, string | number | string[] | undefined>, who: Person | LoggedIn = 'lucia') => {
    const { status, body } = await searchPractices(server.url, typeof who === 'string' ? as[who].cookie : who.cookie, query);
    expect(status, `${JSON.stringify(query)}: ${JSON.stringify(body)}`).toBe(200);
    return body.practices.map((practice) => keyOf(practice.id));
  };
  const sorted = async (query: Record<string, string | number | string[] | undefined>, who: Person | LoggedIn = 'lucia') =>
    (await found(query, who)).sort();

  beforeAll(async () => {
    server = await startTestServer();
    await Promise.all(PEOPLE.map(async (name) => (as[name] = await login(server.url, name))));
    partnershipId = as.ilze.me.partnershipId!;
    bridges = await createSecondPartnership(server);
    const spaces = await expectOk(getJson<SpaceSummary[]>(server.url, '/api/spaces', as.ilze.cookie), 'list spaces');
    linked = spaces.find((space) => space.title === 'Welcome')!.items[0]!;

    // Partnership A, in its own languages (Spanish, Latvian, Italian, Romanian), accents and all.
    practices.cocina = await createPractice(server.url, as.carmen.cookie, partnershipId, {
      title: 'Cocina de la abuela en Gijón',
      summary: 'Los alumnos cocinan recetas tradicionales asturianas con sus familias: fabada, sidra y canción.',
      targetGroup: 'Alumnos de 12 a 15 años',
      themes: ['cultural heritage'],
      countries: ['ES'],
      languages: ['es'],
      links: [{ kind: 'item', itemId: linked.id }, { kind: 'url', url: 'https://example.org/recetas', label: 'Recetario' }],
      public: true,
    });
    practices.pasakas = await createPractice(server.url, as.ilze.cookie, partnershipId, {
      title: 'Latviešu pasakas ēnu teātrī',
      summary: 'Skolēni kopā iestudē ēnu teātri par Daugavpils pasakām; katrs stāsta savā dzimtajā valodā.',
      outcomes: 'Izrāde un grāmatiņa ar zīmējumiem.',
      themes: ['cultural heritage', 'diversity'],
      countries: ['LV'],
      languages: ['lv'],
    });
    practices.citta = await createPractice(server.url, as.marco.cookie, partnershipId, {
      title: 'Città accessibile: una mappa per tutti',
      summary: 'Gli studenti di Salerno disegnano una mappa della città per chi usa la sedia a rotelle, perché tutti possano muoversi.',
      themes: ['inclusion'],
      countries: ['IT', 'ES'],
      languages: ['it', 'en'],
    });
    practices.poduri = await createPractice(server.url, as.ana.cookie, partnershipId, {
      title: 'Poduri între culturi în Timișoara',
      summary: 'Elevii își prezintă tradițiile de acasă; fiecare țară aduce un cântec.',
      themes: ['diversity', 'inclusion'],
      countries: ['RO'],
      languages: ['ro'],
      public: true,
    });
    // Partnership B: one public practice (on a theme it shares with A), one of its own.
    await expectOk(
      sendJson(server.url, 'PATCH', `/api/partnerships/${bridges.partnershipId}`, { cookie: bridges.bea.cookie, body: { themes: ['inclusion', 'bridges'], languages: ['pl', 'en'] } }),
      'themes and languages of B',
    );
    practices.mosty = await createPractice(server.url, bridges.bea.cookie, bridges.partnershipId, {
      title: 'Mosty na Wiśle',
      summary: 'Uczniowie budują modele mostów i opowiadają o łączeniu ludzi.',
      themes: ['inclusion', 'bridges'],
      countries: ['PL'],
      languages: ['pl'],
      public: true,
    });
    practices.bPrivate = await createPractice(server.url, bridges.bea.cookie, bridges.partnershipId, {
      title: 'Gijón pen pals, only for B',
      summary: 'Letters to Gijón that B keeps to itself.',
      languages: ['en'],
    });
  });
  afterAll(() => server?.stop());

  it('finds practices by words in any of the partnership’s languages, accents folded on both sides', async () => {
    const cases: [string, Key[]][] = [
      // Spanish
      ['gijon', ['cocina']],
      ['GIJÓN', ['cocina']],
      ['cancion', ['cocina']],
      ['anos', ['cocina']],
      // Latvian: ā ē ī ū š ž č ņ ļ ķ ģ all fold
      ['latviesu', ['pasakas']],
      ['enu teatri', ['pasakas']],
      ['skoleni', ['pasakas']],
      ['zimejumiem', ['pasakas']],
      ['gramatina', ['pasakas']],
      ['izrade', ['pasakas']],
      ['dzimtaja valoda', ['pasakas']],
      // Italian
      ['citta', ['citta']],
      ['perche', ['citta']],
      ['sedia rotelle', ['citta']],
      // Romanian: ș ț î ă â
      ['timisoara', ['poduri']],
      ['traditiile', ['poduri']],
      ['tara cantec', ['poduri']],
      // Written with the accents, found all the same
      ['Ēnu TEĀTRĪ', ['pasakas']],
      ['città', ['citta']],
    ];
    for (const [words, expected] of cases) expect(await sorted({ q: words }), words).toEqual(expected);
  });

  it('searches by the beginnings of words, all words must match, themes count as words', async () => {
    expect(await sorted({ q: 'daugav' })).toEqual(['pasakas']);
    expect(await sorted({ q: 'gij fab' })).toEqual(['cocina']);
    expect(await sorted({ q: 'gijon salerno' })).toEqual([]);
    expect(await sorted({ q: 'heritage' })).toEqual(['cocina', 'pasakas']);
    // A title word ranks above the same word in a summary.
    const practice = await createPractice(server.url, as.marco.cookie, partnershipId, { title: 'Mappa', summary: 'Una passeggiata senza la parola.' });
    try {
      expect(await found({ q: 'mappa' })).toEqual([practice.id, 'citta']);
    } finally {
      await sendJson(server.url, 'DELETE', `/api/practices/${practice.id}`, { cookie: as.marco.cookie });
    }
  });

  it('keeps the index up to date as practices change and go', async () => {
    const practice = await createPractice(server.url, as.carmen.cookie, partnershipId, { title: 'Huerto escolar' });
    expect(await found({ q: 'huerto' })).toEqual([practice.id]);
    await expectOk(
      sendJson(server.url, 'PATCH', `/api/practices/${practice.id}`, { cookie: as.carmen.cookie, body: { title: 'Jardín de la escuela' } }),
      'rename it',
    );
    expect(await found({ q: 'huerto' })).toEqual([]);
    expect(await found({ q: 'jardin' })).toEqual([practice.id]);
    await expectOk(sendJson(server.url, 'DELETE', `/api/practices/${practice.id}`, { cookie: as.carmen.cookie }), 'delete it');
    expect(await found({ q: 'jardin' })).toEqual([]);
  });

  it('treats FTS5 syntax typed in the box as plain words, never as a query', async () => {
    for (const typed of ['"gijon"', 'gijon*', '(gijon)', '^gijon', 'gijon:', "'gijon'", '-gijon', '+gijon', '"gijon', 'gijon"', '{gijon}', 'gijon;--']) {
      expect(await sorted({ q: typed }), typed).toEqual(['cocina']);
    }
    // Operators are only words here: "OR" does not widen the search, NEAR( and col: do not parse.
    expect(await sorted({ q: 'gijon OR timisoara' })).toEqual([]);
    for (const typed of ['"', '*', 'NEAR(', 'NEAR(gijon fabada, 2)', 'AND OR NOT', 'title:gijon', '{title summary}: x', ')))', '"""', "'; DROP TABLE practices; --", '\u0000']) {
      const { status, body } = await searchPractices(server.url, as.lucia.cookie, { q: typed });
      expect(status, `${typed}: ${JSON.stringify(body)}`).toBe(200);
    }
    // Only punctuation is no search at all: everything is listed.
    expect((await found({ q: '"*:()' })).length).toBe(5);
    expect((await searchPractices(server.url, as.lucia.cookie, { q: 'x'.repeat(101) })).body).toMatchObject({ field: 'q' });
  });

  it('filters by theme, country and language (any of one filter, all filters together) and counts each filter’s values', async () => {
    expect(await sorted({ theme: 'inclusion' })).toEqual(['citta', 'mosty', 'poduri']);
    expect(await sorted({ country: 'ES' })).toEqual(['citta', 'cocina']);
    expect(await sorted({ country: 'es' })).toEqual(['citta', 'cocina']);
    expect(await sorted({ language: 'lv' })).toEqual(['pasakas']);
    expect(await sorted({ country: ['ES', 'RO'] })).toEqual(['citta', 'cocina', 'poduri']);
    expect(await sorted({ theme: 'inclusion', country: 'ES' })).toEqual(['citta']);
    expect(await sorted({ theme: 'diversity', language: ['ro', 'lv'], q: 'timisoara' })).toEqual(['poduri']);
    expect(await sorted({ theme: 'robots' })).toEqual([]);

    // Counts of a filter's values leave that filter out (the other themes stay choosable) and keep the others.
    const { body } = await searchPractices(server.url, as.lucia.cookie, { theme: 'inclusion', country: 'ES' });
    expect(body.total).toBe(1);
    expect(body.facets.themes).toEqual([
      { value: 'cultural heritage', count: 1 },
      { value: 'inclusion', count: 1 },
    ]);
    expect(body.facets.countries).toEqual([
      { value: 'ES', count: 1 },
      { value: 'IT', count: 1 },
      { value: 'PL', count: 1 },
      { value: 'RO', count: 1 },
    ]);
    expect(body.facets.languages).toEqual([{ value: 'en', count: 1 }, { value: 'it', count: 1 }]);
  });

  it('pages through the results', async () => {
    const all = await found({});
    expect(all).toHaveLength(5);
    const pages = [];
    for (let offset = 0; offset < 5; offset += 2) {
      const { body } = await searchPractices(server.url, as.lucia.cookie, { offset, limit: 2 });
      expect(body).toMatchObject({ total: 5, offset, limit: 2 });
      pages.push(...body.practices.map((practice) => keyOf(practice.id)));
    }
    expect(pages).toEqual(all);
    expect((await searchPractices(server.url, as.lucia.cookie, { offset: 10 })).body.practices).toEqual([]);
    expect((await searchPractices(server.url, as.lucia.cookie, { limit: 51 })).body).toMatchObject({ code: 'invalid_request', field: 'limit' });
    expect((await searchPractices(server.url, as.lucia.cookie, { limit: 0 })).body).toMatchObject({ field: 'limit' });
    expect((await searchPractices(server.url, as.lucia.cookie, { offset: -1 })).body).toMatchObject({ field: 'offset' });
  });

  it('shows each person their partnerships’ practices and every public one, and nothing else', async () => {
    // A's pupils and guests: all of A, B's public one; not B's own.
    for (const who of ['lucia', 'guest'] as const) expect(await sorted({}, who)).toEqual(['citta', 'cocina', 'mosty', 'pasakas', 'poduri']);
    expect(await found({ q: 'gijon' })).toEqual(['cocina']);
    // B's coordinator: B's own and A's public ones only, even when asking for A's or searching its words.
    const bea = bridges.bea;
    expect(await sorted({}, bea)).toEqual(['bPrivate', 'cocina', 'mosty', 'poduri']);
    expect(await sorted({ q: 'gijon' }, bea)).toEqual(['bPrivate', 'cocina']);
    expect(await sorted({ partnershipId }, bea)).toEqual(['cocina', 'poduri']);
    expect(await sorted({ q: 'latviesu' }, bea)).toEqual([]);
    expect(await sorted({ theme: 'diversity' }, bea)).toEqual(['poduri']);
    const { body } = await searchPractices(server.url, bea.cookie, {});
    expect(body.facets.languages.map((facet) => facet.value).sort()).toEqual(['en', 'es', 'pl', 'ro']);

    // A public practice of another partnership: readable, not changeable, without links into a partnership they are not in.
    const other = await sendJson<Practice>(server.url, 'GET', `/api/practices/${practices.cocina.id}`, { cookie: bea.cookie });
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ mine: false, canEdit: false, partnership: { id: partnershipId } });
    expect(other.body.links).toEqual([{ kind: 'url', url: 'https://example.org/recetas', label: 'Recetario' }]);
    expect((await sendJson(server.url, 'GET', `/api/practices/${practices.pasakas.id}`, { cookie: bea.cookie })).status).toBe(404);
    expect((await sendJson(server.url, 'PATCH', `/api/practices/${practices.cocina.id}`, { cookie: bea.cookie, body: { public: false } })).status).toBe(403);
    expect((await sendJson(server.url, 'DELETE', `/api/practices/${practices.cocina.id}`, { cookie: bea.cookie })).status).toBe(403);
    // Members see the item link.
    const own = await sendJson<Practice>(server.url, 'GET', `/api/practices/${practices.cocina.id}`, { cookie: as.lucia.cookie });
    expect(own.body.links[0]).toMatchObject({ kind: 'item', itemId: linked.id, title: 'Our first words' });

    // Made private again, it is gone for B at once.
    await expectOk(sendJson(server.url, 'PATCH', `/api/practices/${practices.poduri.id}`, { cookie: as.ana.cookie, body: { public: false } }), 'unpublish');
    try {
      expect(await sorted({}, bea)).toEqual(['bPrivate', 'cocina', 'mosty']);
      expect((await sendJson(server.url, 'GET', `/api/practices/${practices.poduri.id}`, { cookie: bea.cookie })).status).toBe(404);
    } finally {
      await expectOk(sendJson(server.url, 'PATCH', `/api/practices/${practices.poduri.id}`, { cookie: as.ana.cookie, body: { public: true } }), 'publish again');
    }
  });

  it('lists a partnership’s public practices for the showcase, with only the links the public may follow', async () => {
    const db: SqliteDatabase = openDatabase(path.join(server.dataDir, 'kopa.db'), { synchronous: 'NORMAL' });
    try {
      const repository = new PracticeRepository(db);
      const listed = () => repository.publicPracticesOf(partnershipId);
      expect(listed().map((practice) => keyOf(practice.id)).sort()).toEqual(['cocina', 'poduri']);
      const cocina = listed().find((practice) => practice.id === practices.cocina.id)!;
      expect(cocina).toMatchObject({ title: 'Cocina de la abuela en Gijón', countries: ['ES'], languages: ['es'], themes: ['cultural heritage'] });
      expect(cocina).not.toHaveProperty('createdBy');
      // The linked document is not approved for the public: only the web page shows.
      expect(cocina.links).toEqual([{ kind: 'url', url: 'https://example.org/recetas', label: 'Recetario' }]);
      // Approved under its title of then: a later rename does not reach the public.
      db.prepare('INSERT INTO public_items (item_id, title, approved_at) VALUES (?, ?, ?)').run(linked.id, 'Our first words', Date.now());
      await expectOk(sendJson(server.url, 'PATCH', `/api/items/${linked.id}`, { cookie: as.ilze.cookie, body: { title: 'Our first words, renamed' } }), 'rename it');
      expect(listed().find((practice) => practice.id === practices.cocina.id)!.links[0]).toEqual({
        kind: 'item',
        itemId: linked.id,
        title: 'Our first words',
        type: 'doc',
      });
      expect(repository.publicPracticesOf(bridges.partnershipId).map((practice) => keyOf(practice.id))).toEqual(['mosty']);
    } finally {
      db.close();
    }
  });
});
