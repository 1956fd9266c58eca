import { CLOSE_CODES, type AuditEntry, type BlogEntry, type ItemSummary, type PostTranslations, type PostTranslationSummary, type PublishedPost, type Team } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { probeYjsRead, probeYjsWrite } from '../support/channel-probes.js';
import { connectCollabClient } from '../support/collab-client.js';
import { connectControlClient, connected } from '../support/control-client.js';
import { createSecondPartnership, expectOk, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { blockTexts, createPost, writeInto } from './post-setup.js';

/**
 * Parallel texts on the real server: a post's versions in other languages, added and deleted over
 * REST by whom the rule allows, written over y-websocket with exactly the post's rights, frozen
 * when the post is published (later edits stay out of the blog until it is published again).
 *
 * Jānis and Lucía are the team "Reporters"; Andrei is a pupil of another team; Carmen a teacher;
 * Beata the coordinator of another partnership.
 */

const PEOPLE = ['janis', 'lucia', 'andrei', 'guest', 'carmen', 'ilze'] as const;
type Person = (typeof PEOPLE)[number];

const LATVIAN = ['Mēs rakstām kopā.', 'Otrā rindkopa latviski.'];

describe('a post’s versions in other languages', () => {
  let server: TestServer;
  const as = {} as Record<Person, LoggedIn>;
  let bridges: SecondPartnership;
  let post: ItemSummary;
  let teamSpaceId: string;
  const versions = {} as Record<'lv' | 'es' | 'ptBR', PostTranslationSummary>;

  const cookieOf = (who: Person | LoggedIn | null) => (who === null ? undefined : typeof who === 'string' ? as[who].cookie : who.cookie);
  const list = (who: Person | LoggedIn | null) => getJson<PostTranslations & { code?: string }>(server.url, `/api/posts/${post.id}/translations`, cookieOf(who));
  const add = (who: Person | LoggedIn | null, language: unknown) =>
    sendJson<PostTranslationSummary & { code?: string; field?: string }>(server.url, 'POST', `/api/posts/${post.id}/translations`, {
      cookie: cookieOf(who),
      body: { language },
    });
  const remove = (who: Person | LoggedIn | null, language: string) =>
    sendJson(server.url, 'DELETE', `/api/posts/${post.id}/translations/${encodeURIComponent(language)}`, { cookie: cookieOf(who) });
  const published = (who: Person = 'guest') => getJson<PublishedPost>(server.url, `/api/posts/${post.id}/published`, as[who].cookie);
  const act = (who: Person, action: 'submit' | 'publish') =>
    expectOk(sendJson(server.url, 'POST', `/api/posts/${post.id}/${action}`, { cookie: as[who].cookie, body: {} }), action);

  beforeAll(async () => {
    server = await startTestServer();
    await Promise.all(PEOPLE.map(async (name) => (as[name] = await login(server.url, name))));
    bridges = await createSecondPartnership(server);
    const team = await expectOk(
      sendJson<Team>(server.url, 'POST', `/api/partnerships/${as.carmen.me.partnershipId}/teams`, {
        cookie: as.carmen.cookie,
        body: { name: 'Reporters', memberIds: [as.janis.me.id, as.lucia.me.id] },
      }),
      'create the team Reporters',
    );
    teamSpaceId = team.spaceId;
    post = await createPost(server.url, as.janis.cookie, team.spaceId, 'Our first day in Riga');
    const writer = connectCollabClient(server.url, post.docId, { cookie: as.janis.cookie });
    await writer.synced();
    await writeInto(server.url, writer, as.carmen.cookie, post.docId, ['We write together.', 'The second paragraph in English.']);
    writer.destroy();
    // Jānis's school writes Latvian; this post is written in English.
    await expectOk(sendJson(server.url, 'PATCH', `/api/posts/${post.id}`, { cookie: as.janis.cookie, body: { language: 'en' } }), 'write it in English');
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('lists a post’s versions for everyone in the partnership, and nothing for anyone else', async () => {
    for (const who of PEOPLE) {
      const { status, body } = await list(who);
      expect(status, who).toBe(200);
      expect(body).toMatchObject({ itemId: post.id, original: 'en', translations: [] });
    }
    expect((await list('janis')).body.canAdd).toBe(true);
    expect((await list('andrei')).body.canAdd).toBe(false);
    expect((await list('guest')).body.canAdd).toBe(false);
    expect((await list(bridges.bea)).status).toBe(404);
    expect((await list(null)).status).toBe(401);
  });

  it('adds a version for whoever may edit the post: its team and teachers, not other pupils or guests', async () => {
    const janis = await add('janis', 'lv');
    expect(janis.status).toBe(201);
    expect(janis.body).toMatchObject({ language: 'lv', createdBy: { userId: as.janis.me.id, displayName: 'Jānis' }, inBlog: false, canDelete: true });
    versions.lv = janis.body;

    expect((await add('andrei', 'ro')).status).toBe(403);
    expect((await add('guest', 'ro')).status).toBe(403);
    expect((await add(bridges.bea, 'pl')).status).toBe(404);
    expect((await add(null, 'pl')).status).toBe(401);

    const carmen = await add('carmen', 'es');
    expect(carmen.status).toBe(201);
    versions.es = carmen.body;

    // The language tag is stored in its canonical spelling.
    const brazil = await add('lucia', 'PT-br');
    expect(brazil.status).toBe(201);
    expect(brazil.body.language).toBe('pt-BR');
    versions.ptBR = brazil.body;

    const { body } = await list('andrei');
    expect(body.translations.map((version) => version.language)).toEqual(['lv', 'es', 'pt-BR']);
    // Andrei may neither add nor delete; each version names who started it.
    expect(body.translations.every((version) => !version.canDelete)).toBe(true);
    expect(body.translations.map((version) => version.createdBy?.displayName)).toEqual(['Jānis', 'Carmen', 'Lucía']);
  });

  it('refuses the post’s own language, a language twice, and what is not a language tag', async () => {
    const own = await add('janis', 'en');
    expect(own.status).toBe(400);
    expect(own.body).toMatchObject({ field: 'language', problem: { kind: 'same_as_original' } });
    expect((await add('lucia', 'lv')).status).toBe(409);
    for (const nonsense of ['', 'not a language', 'x', 'lv"><script>', 42]) {
      const refused = await add('janis', nonsense);
      expect(refused.status, String(nonsense)).toBe(400);
      expect(refused.body.field).toBe('language');
    }
    // Nor may the post itself move into the language of one of its versions.
    const moved = await sendJson<{ field?: string }>(server.url, 'PATCH', `/api/posts/${post.id}`, { cookie: as.janis.cookie, body: { language: 'lv' } });
    expect(moved.status).toBe(400);
    expect(moved.body).toMatchObject({ field: 'language', problem: { kind: 'language_taken' } });
  });

  it('opens a version’s document with exactly the post’s rights', async () => {
    const docId = versions.lv.docId;
    // Writing: the team and teachers; reading: everyone in the partnership; nothing for strangers.
    expect(await probeYjsWrite(server, as.janis.cookie, docId, as.carmen.cookie)).toBe(true);
    expect(await probeYjsWrite(server, as.lucia.cookie, docId, as.carmen.cookie)).toBe(true);
    expect(await probeYjsWrite(server, as.carmen.cookie, docId, as.janis.cookie)).toBe(true);
    expect(await probeYjsRead(server, as.andrei.cookie, docId)).toBe(true);
    expect(await probeYjsWrite(server, as.andrei.cookie, docId, as.carmen.cookie)).toBe(false);
    expect(await probeYjsRead(server, as.guest.cookie, docId)).toBe(true);
    expect(await probeYjsWrite(server, as.guest.cookie, docId, as.carmen.cookie)).toBe(false);
    expect(await probeYjsRead(server, bridges.bea.cookie, docId)).toBe(false);
    expect(await probeYjsRead(server, undefined, docId)).toBe(false);

    // A teacher locks the post: its versions are locked with it, and open again with it.
    await expectOk(sendJson(server.url, 'PATCH', `/api/items/${post.id}`, { cookie: as.carmen.cookie, body: { locked: true } }), 'lock');
    expect(await probeYjsWrite(server, as.janis.cookie, docId, as.carmen.cookie)).toBe(false);
    expect(await probeYjsWrite(server, as.carmen.cookie, docId, as.janis.cookie)).toBe(true);
    await expectOk(sendJson(server.url, 'PATCH', `/api/items/${post.id}`, { cookie: as.carmen.cookie, body: { locked: false } }), 'unlock');
    expect(await probeYjsWrite(server, as.janis.cookie, docId, as.carmen.cookie)).toBe(true);

    // A live lesson on the team's space pauses everyone's writing: in the versions too, until it ends.
    const host = connectControlClient(server.url, { cookie: as.carmen.cookie });
    try {
      await connected(host);
      const started = (await host.emitWithAck('live:start', { spaceId: teamSpaceId, title: 'Translating' })) as { ok: true; sessionId: string };
      expect(started.ok).toBe(true);
      expect(await host.emitWithAck('live:lock', { sessionId: started.sessionId, scope: 'everyone' })).toMatchObject({ ok: true });
      expect(await probeYjsWrite(server, as.lucia.cookie, docId, as.carmen.cookie)).toBe(false);
      expect(await host.emitWithAck('live:end', { sessionId: started.sessionId })).toMatchObject({ ok: true });
      expect(await probeYjsWrite(server, as.lucia.cookie, docId, as.carmen.cookie)).toBe(true);
    } finally {
      host.disconnect();
    }

    // An archived partnership is read-only everywhere: its posts' versions too.
    await expectOk(sendJson(server.url, 'PATCH', `/api/partnerships/${as.ilze.me.partnershipId}`, { cookie: as.ilze.cookie, body: { state: 'archived' } }), 'archive');
    expect(await probeYjsRead(server, as.janis.cookie, docId)).toBe(true);
    expect(await probeYjsWrite(server, as.janis.cookie, docId, as.carmen.cookie)).toBe(false);
    expect((await add('carmen', 'it')).status).toBe(403);
    await expectOk(sendJson(server.url, 'PATCH', `/api/partnerships/${as.ilze.me.partnershipId}`, { cookie: as.ilze.cookie, body: { state: 'active' } }), 'back');
  });

  it('deletes a version for the one who started it while no reader sees it, and for teachers; its connections close', async () => {
    expect((await remove('janis', 'pt-BR')).status).toBe(403);
    expect((await remove('andrei', 'pt-BR')).status).toBe(403);
    expect((await remove('guest', 'pt-BR')).status).toBe(403);
    expect((await remove(bridges.bea, 'pt-BR')).status).toBe(404);
    expect((await remove('lucia', 'de')).status).toBe(404);

    const open = connectCollabClient(server.url, versions.ptBR.docId, { cookie: as.janis.cookie });
    await open.synced();
    let closedWith = 0;
    open.provider.on('connection-close', (event: CloseEvent | null) => (closedWith ||= event?.code ?? 0));
    expect((await remove('lucia', 'pt-BR')).status).toBe(204);
    await waitFor(() => closedWith === CLOSE_CODES.accessRevoked, { message: 'the open connection to close (4403)' });
    open.destroy();
    expect(await probeYjsRead(server, as.janis.cookie, versions.ptBR.docId)).toBe(false);
    expect((await list('janis')).body.translations.map((version) => version.language)).toEqual(['lv', 'es']);
  });

  it('publishing freezes the versions: later edits stay out of the blog until it is published again', async () => {
    const writer = connectCollabClient(server.url, versions.lv.docId, { cookie: as.janis.cookie });
    await writer.synced();
    await writeInto(server.url, writer, as.carmen.cookie, versions.lv.docId, LATVIAN);
    await act('janis', 'submit');
    await act('carmen', 'publish');

    // The Spanish version has no words yet: it stays out of the blog.
    const first = (await published()).body;
    expect(first.translations.map((version) => version.language)).toEqual(['lv']);
    expect(blockTexts(first.translations[0]!.content)).toEqual(expect.arrayContaining(LATVIAN));
    // Its own writers (the rights probes above wrote in it too), never those whose edits were refused.
    expect(first.translations[0]!.credits.map((credit) => credit.displayName).sort()).toEqual(['Carmen', 'Jānis', 'Lucía']);
    const blog = await getJson<BlogEntry[]>(server.url, `/api/partnerships/${as.guest.me.partnershipId}/blog`, as.guest.cookie);
    expect(blog.body.find((entry) => entry.id === post.id)?.translationLanguages).toEqual(['lv']);
    // The version's words find the post too (accents folded), never in its excerpt.
    const found = await getJson<BlogEntry[]>(server.url, `/api/partnerships/${as.guest.me.partnershipId}/blog?q=rindkopa`, as.guest.cookie);
    expect(found.body.map((entry) => entry.id)).toEqual([post.id]);
    expect(found.body[0]!.excerpt).not.toContain('rindkopa');

    // Once readers see it, only a teacher takes it away.
    const seen = (await list('janis')).body.translations.find((version) => version.language === 'lv')!;
    expect(seen).toMatchObject({ inBlog: true, canDelete: false });
    expect((await remove('janis', 'lv')).status).toBe(403);

    await writeInto(server.url, writer, as.carmen.cookie, versions.lv.docId, ['LATER, only in the draft.']);
    writer.destroy();
    expect(blockTexts((await published()).body.translations[0]!.content)).not.toContain('LATER, only in the draft.');

    await act('janis', 'submit');
    await act('carmen', 'publish');
    expect(blockTexts((await published()).body.translations[0]!.content)).toContain('LATER, only in the draft.');
  });

  it('a teacher takes a version readers see off the blog, and the audit log says so', async () => {
    expect((await remove('carmen', 'lv')).status).toBe(204);
    expect((await published()).body.translations).toEqual([]);
    const audit = await expectOk(getJson<AuditEntry[]>(server.url, `/api/partnerships/${as.ilze.me.partnershipId}/audit`, as.ilze.cookie), 'audit');
    expect(audit[0]).toMatchObject({ action: 'post.translation.delete', targetId: post.id, subject: { displayName: 'Jānis' }, detail: { language: 'lv' } });
  });
});
