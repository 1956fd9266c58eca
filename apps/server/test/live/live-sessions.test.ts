import { CLOSE_CODES, type LiveSessionAnnouncement, type LiveSessionState, type SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKopaServer } from '../../src/index.js';
import { getJson, login } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { connectControlClient, connected, type ControlClient } from '../support/control-client.js';
import { readStoredText } from '../support/stored-document.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * A lesson on the demo team space "Welcome" (Jānis LV, Lucía ES, Giulia IT, Andrei RO):
 * Carmen (teacher, ES) runs it, Ilze (coordinator, LV) co-hosts. Real socket.io-client
 * and WebsocketProvider + headless Lexical clients against the real server.
 */
describe('live sessions', () => {
  let server: TestServer;
  let spaceId: string;
  let partnershipId: string;
  let docId: string;
  let itemId: string;
  const sockets: ControlClient[] = [];
  const docs: CollabClient[] = [];

  interface Person {
    socket: ControlClient;
    cookie: string;
    userId: string;
    states: LiveSessionState[];
    announced: LiveSessionAnnouncement[];
    last(): LiveSessionState;
  }
  type Name = 'carmen' | 'ilze' | 'marco' | 'janis' | 'lucia' | 'giulia' | 'guest';
  const people = {} as Record<Name, Person>;

  const connect = async (username: Name, url = server.url): Promise<Person> => {
    const { cookie, me } = await login(url, username);
    const socket = connectControlClient(url, { cookie });
    sockets.push(socket);
    await connected(socket);
    const states: LiveSessionState[] = [];
    const announced: LiveSessionAnnouncement[] = [];
    socket.on('live:state', (state) => states.push(state));
    socket.on('live:announce', (session) => announced.push(session));
    const person = { socket, cookie, userId: me.id, states, announced, last: () => states.at(-1)! };
    people[username] = person;
    return person;
  };

  const openDoc = (cookie: string) => {
    const client = connectCollabClient(server.url, docId, { cookie });
    docs.push(client);
    return client;
  };

  let sessionId: string;

  beforeAll(async () => {
    server = await startTestServer();
    for (const name of ['carmen', 'ilze', 'marco', 'janis', 'lucia', 'giulia', 'guest'] as const) await connect(name);
    const spaces = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', people.carmen.cookie)).body;
    const welcome = spaces.find((space) => space.kind === 'team' && space.title === 'Welcome')!;
    spaceId = welcome.id;
    partnershipId = welcome.partnershipId;
    itemId = welcome.items.find((item) => item.title === 'Our first words')!.id;
    docId = welcome.items.find((item) => item.title === 'Our first words')!.docId;
  });
  afterAll(async () => {
    for (const doc of docs) doc.destroy();
    for (const socket of sockets) socket.disconnect();
    await server?.stop();
  });

  it('a teacher starts a session; everyone who may read the space is told and joins', async () => {
    const { carmen, janis, lucia, guest } = people;
    const started = await carmen.socket.emitWithAck('live:start', { spaceId, title: 'Our towns' });
    expect(started).toMatchObject({ ok: true, sessionId: expect.any(String) });
    sessionId = (started as { sessionId: string }).sessionId;

    await waitFor(() => janis.announced.some((session) => session.id === sessionId), { message: 'Jānis to hear of the lesson' });
    expect(janis.announced[0]).toMatchObject({ spaceName: 'Welcome', title: 'Our towns', startedByName: 'Carmen' });
    const listed = await getJson<{ sessions: LiveSessionAnnouncement[] }>(server.url, `/api/partnerships/${partnershipId}/live-sessions`, janis.cookie);
    expect(listed.body.sessions.map((session) => session.id)).toEqual([sessionId]);

    // Starting again on the same space is the same session, not a second one.
    expect(await carmen.socket.emitWithAck('live:start', { spaceId, title: 'again' })).toMatchObject({ ok: true, sessionId });

    for (const person of [carmen, janis, lucia, guest]) {
      const joined = await person.socket.emitWithAck('live:join', { sessionId });
      expect(joined.ok).toBe(true);
    }
    const roster = await waitFor(() => (carmen.last()?.participants.filter((p) => p.present).length === 4 ? carmen.last() : undefined), {
      message: 'four people present',
    });
    expect(roster.youHost).toBe(true);
    expect(roster.participants.find((p) => p.displayName === 'Lucía')).toMatchObject({ country: 'ES', schoolName: 'IES Gijón', role: 'pupil', host: false });
    expect(janis.last().youHost).toBe(false);

    // Which item each has open shows in the roster.
    await janis.socket.emitWithAck('live:open', { sessionId, itemId });
    await waitFor(() => carmen.last().participants.find((p) => p.displayName === 'Jānis')?.itemId === itemId, { message: 'Jānis at the document' });
    expect(carmen.last().participants.find((p) => p.displayName === 'Jānis')?.itemTitle).toBe('Our first words');
    // Only items of this partnership can be "open" (their titles are shown to everyone in the lesson).
    expect(await janis.socket.emitWithAck('live:open', { sessionId, itemId: 'not-an-item' })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses bad payloads with a clear message and keeps the connection', async () => {
    const { carmen } = people;
    const bad = await carmen.socket.emitWithAck('live:poll-create', { sessionId, question: 'Which?', options: ['only one'] } as never);
    expect(bad).toEqual({ ok: false, code: 'invalid_request', error: 'options: Give at least 2 answers' });
    const worse = await carmen.socket.emitWithAck('live:lock', 42 as never);
    expect(worse).toMatchObject({ ok: false, code: 'invalid_request' });
    expect(carmen.socket.connected).toBe(true);
    const stranger = await carmen.socket.emitWithAck('live:join', { sessionId: 'no-such-session' });
    expect(stranger).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('limits how fast one person sends commands, and keeps them connected', async () => {
    const { marco } = people;
    const answers = await Promise.all(Array.from({ length: 60 }, () => marco.socket.emitWithAck('live:hand', { sessionId, raised: false })));
    const limited = answers.filter((answer) => !answer.ok && answer.code === 'rate_limited');
    expect(limited.length).toBe(10);
    expect(limited[0]).toMatchObject({ error: 'Slow down a little, then try again.' });
    expect(marco.socket.connected).toBe(true);
  });

  it('locks: within 2 s a locked pupil is read-only, nothing they send lands, and unlocking lets them write again', async () => {
    const { carmen, janis, lucia } = people;
    const janisDoc = openDoc(janis.cookie);
    const luciaDoc = openDoc(lucia.cookie);
    await Promise.all([janisDoc.synced(), luciaDoc.synced()]);
    janisDoc.appendParagraph('Before the lock.');
    await waitFor(() => luciaDoc.text().includes('Before the lock.'), { message: 'Lucía to see Jānis before the lock' });

    const lockedAt = Date.now();
    const lock = await carmen.socket.emitWithAck('live:lock', { sessionId, scope: 'everyone' });
    expect(lock).toMatchObject({ ok: true, lockId: expect.any(String) });
    await waitFor(() => janis.last().locks.length === 1, { message: 'Jānis to receive the lock', timeout: 2000 });
    expect(Date.now() - lockedAt).toBeLessThan(2000);
    expect(janis.last().locks[0]).toMatchObject({ scope: 'everyone', byName: 'Carmen' });
    // Locking twice is one lock.
    expect(await carmen.socket.emitWithAck('live:lock', { sessionId, scope: 'everyone' })).toEqual(lock);

    // The REST view agrees: the item is not editable for Jānis, still is for Carmen.
    const itemFor = async (cookie: string) =>
      (await getJson<SpaceSummary[]>(server.url, '/api/spaces', cookie)).body.flatMap((space) => space.items).find((item) => item.id === itemId)!;
    expect((await itemFor(janis.cookie)).canEdit).toBe(false);
    expect((await itemFor(carmen.cookie)).canEdit).toBe(true);

    // What Jānis types now is refused at once (4409): his page starts again from the server's copy.
    const closed = new Promise<number>((resolve) => janisDoc.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
    janisDoc.appendParagraph('Typed during the lock.');
    expect(await closed).toBe(CLOSE_CODES.refusedEdits);
    const carmenDoc = openDoc(carmen.cookie);
    await carmenDoc.synced();
    carmenDoc.appendParagraph('The teacher may still write.');
    await waitFor(() => luciaDoc.text().includes('The teacher may still write.'), { message: 'Lucía to see Carmen' });
    await server.registry.queue.idle();
    expect(await readStoredText(server.dataDir, docId)).not.toContain('Typed during the lock.');
    expect(luciaDoc.text()).not.toContain('Typed during the lock.');

    const unlock = await carmen.socket.emitWithAck('live:unlock', { sessionId, lockId: (lock as { lockId: string }).lockId });
    expect(unlock.ok).toBe(true);
    await waitFor(() => janis.last().locks.length === 0, { message: 'Jānis to see the unlock' });
    expect((await itemFor(janis.cookie)).canEdit).toBe(true);

    // Jānis's old editor holds refused text: were it to reconnect, the server would still turn it away.
    janisDoc.provider.connect();
    const again = new Promise<number>((resolve) => janisDoc.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
    expect(await again).toBe(CLOSE_CODES.refusedEdits);
    janisDoc.destroy();

    // A fresh editor (what the web app does after 4409) writes again.
    const janisAgain = openDoc(janis.cookie);
    await janisAgain.synced();
    janisAgain.appendParagraph('Writing again after the lock.');
    await waitFor(() => luciaDoc.text().includes('Writing again after the lock.'), { message: 'Lucía to see Jānis again' });
    await server.registry.queue.idle();
    const stored = await readStoredText(server.dataDir, docId);
    expect(stored).not.toContain('Typed during the lock.');
    expect(stored).not.toContain('After the lock, from the old editor.');
  });

  it('each school’s teacher locks and mutes their own pupils; the coordinator anyone’s; pupils nobody', async () => {
    const { carmen, ilze, janis, lucia } = people;
    // Carmen teaches in Gijón: Lucía is hers, Jānis is not.
    expect(await carmen.socket.emitWithAck('live:lock', { sessionId, scope: 'pupil', targetId: janis.userId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await carmen.socket.emitWithAck('live:mute', { sessionId, userId: janis.userId, muted: true })).toMatchObject({ ok: false, code: 'forbidden' });
    const luciaLock = await carmen.socket.emitWithAck('live:lock', { sessionId, scope: 'pupil', targetId: lucia.userId, itemId });
    expect(luciaLock.ok).toBe(true);

    // Ilze is not a host until invited.
    expect(await ilze.socket.emitWithAck('live:join', { sessionId })).toMatchObject({ ok: true });
    expect(await ilze.socket.emitWithAck('live:lock', { sessionId, scope: 'pupil', targetId: janis.userId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await carmen.socket.emitWithAck('live:cohost', { sessionId, userId: ilze.userId })).toMatchObject({ ok: true });
    expect(await carmen.socket.emitWithAck('live:cohost', { sessionId, userId: janis.userId })).toMatchObject({ ok: false, code: 'invalid_request' });
    await waitFor(() => ilze.last()?.youHost, { message: 'Ilze to become a host' });
    const janisLock = await ilze.socket.emitWithAck('live:lock', { sessionId, scope: 'pupil', targetId: janis.userId });
    expect(janisLock.ok).toBe(true);

    // Pupils can do none of it.
    for (const [command, payload] of [
      ['live:lock', { sessionId, scope: 'everyone' }],
      ['live:mute', { sessionId, userId: lucia.userId, muted: true }],
      ['live:end', { sessionId }],
      ['live:timer', { sessionId, action: 'start', seconds: 60 }],
      ['live:cohost', { sessionId, userId: janis.userId }],
    ] as const) {
      expect(await (janis.socket.emitWithAck as (event: string, payload: unknown) => Promise<unknown>)(command, payload)).toMatchObject({ ok: false, code: 'forbidden' });
    }

    const locks = carmen.last().locks;
    await waitFor(() => carmen.last().locks.length === 2, { message: 'two pupil locks' });
    expect(locks.length).toBeGreaterThanOrEqual(1);
    for (const lock of carmen.last().locks) {
      const by = lock.targetId === lucia.userId ? carmen : ilze;
      expect((await by.socket.emitWithAck('live:unlock', { sessionId, lockId: lock.id })).ok).toBe(true);
    }
    await waitFor(() => janis.last().locks.length === 0, { message: 'all unlocked' });
  });

  it('hands queue in the order they went up; a host lowers them', async () => {
    const { carmen, janis, lucia, guest } = people;
    expect((await lucia.socket.emitWithAck('live:hand', { sessionId, raised: true })).ok).toBe(true);
    expect((await janis.socket.emitWithAck('live:hand', { sessionId, raised: true })).ok).toBe(true);
    // Raising again keeps Lucía's place.
    expect((await lucia.socket.emitWithAck('live:hand', { sessionId, raised: true })).ok).toBe(true);
    expect(await guest.socket.emitWithAck('live:hand', { sessionId, raised: true })).toMatchObject({ ok: false, code: 'forbidden' });
    const queue = await waitFor(() => (carmen.last().hands.length === 2 ? carmen.last().hands : undefined), { message: 'two hands' });
    expect(queue.map((hand) => hand.userId)).toEqual([lucia.userId, janis.userId]);
    await carmen.socket.emitWithAck('live:lower-hands', { sessionId, userId: lucia.userId });
    await waitFor(() => janis.last().hands.length === 1, { message: 'Lucía’s hand down' });
    await carmen.socket.emitWithAck('live:lower-hands', { sessionId, userId: null });
    await waitFor(() => janis.last().hands.length === 0, { message: 'all hands down' });
  });

  it('the timer runs, pauses and resumes for everyone', async () => {
    const { carmen, janis } = people;
    await carmen.socket.emitWithAck('live:timer', { sessionId, action: 'start', seconds: 300 });
    const running = await waitFor(() => janis.last().timer ?? undefined, { message: 'Jānis to see the timer' });
    expect(running.durationMs).toBe(300_000);
    expect(running.endsAt! - janis.last().now).toBeGreaterThan(290_000);
    await carmen.socket.emitWithAck('live:timer', { sessionId, action: 'pause' });
    const paused = await waitFor(() => (janis.last().timer?.endsAt === null ? janis.last().timer : undefined), { message: 'paused' });
    expect(paused!.remainingMs).toBeGreaterThan(290_000);
    await carmen.socket.emitWithAck('live:timer', { sessionId, action: 'resume' });
    await waitFor(() => janis.last().timer?.endsAt !== null, { message: 'resumed' });
    expect(await carmen.socket.emitWithAck('live:timer', { sessionId, action: 'start', seconds: 5 })).toMatchObject({ ok: false, code: 'invalid_request' });
  });

  it('quick polls: results live for hosts, for pupils once revealed; anonymous polls never say who', async () => {
    const { carmen, janis, lucia, guest } = people;
    const created = await carmen.socket.emitWithAck('live:poll-create', {
      sessionId,
      clientId: 'poll-1',
      question: 'Where shall we meet?',
      options: ['Daugavpils', 'Gijón', 'Salerno'],
    });
    expect(created.ok).toBe(true);
    const pollId = (created as { pollId: string }).pollId;
    // A resent create is the same poll.
    expect(await carmen.socket.emitWithAck('live:poll-create', { sessionId, clientId: 'poll-1', question: 'Where shall we meet?', options: ['Daugavpils', 'Gijón', 'Salerno'] })).toEqual(created);

    expect((await janis.socket.emitWithAck('live:poll-vote', { sessionId, pollId, optionIds: ['o2'] })).ok).toBe(true);
    expect((await lucia.socket.emitWithAck('live:poll-vote', { sessionId, pollId, optionIds: ['o2'] })).ok).toBe(true);
    expect(await lucia.socket.emitWithAck('live:poll-vote', { sessionId, pollId, optionIds: ['o1', 'o2'] })).toMatchObject({ ok: false, code: 'invalid_request' });
    expect(await guest.socket.emitWithAck('live:poll-vote', { sessionId, pollId, optionIds: ['o1'] })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await janis.socket.emitWithAck('live:poll-reveal', { sessionId, pollId })).toMatchObject({ ok: false, code: 'forbidden' });

    const forHost = await waitFor(() => carmen.last().polls.find((poll) => poll.voters === 2), { message: 'two votes for the host' });
    expect(forHost.options.map((option) => option.votes)).toEqual([0, 2, 0]);
    expect(forHost.options[1]!.voters).toEqual(expect.arrayContaining([janis.userId, lucia.userId]));
    const forPupil = janis.last().polls.find((poll) => poll.id === pollId)!;
    expect(forPupil.options.map((option) => option.votes)).toEqual([null, null, null]);
    expect(forPupil.mine).toEqual(['o2']);

    await carmen.socket.emitWithAck('live:poll-close', { sessionId, pollId });
    expect(await janis.socket.emitWithAck('live:poll-vote', { sessionId, pollId, optionIds: ['o1'] })).toMatchObject({ ok: false, code: 'conflict' });
    await carmen.socket.emitWithAck('live:poll-reveal', { sessionId, pollId });
    const revealed = await waitFor(() => janis.last().polls.find((poll) => poll.id === pollId && poll.revealed), { message: 'revealed' });
    expect(revealed.options.map((option) => option.votes)).toEqual([0, 2, 0]);
    expect(revealed.options[1]!.voters).toBeUndefined();

    const anonymous = await carmen.socket.emitWithAck('live:poll-create', { sessionId, question: 'How did it go?', options: ['Well', 'So-so'], anonymous: true });
    const anonymousId = (anonymous as { pollId: string }).pollId;
    await janis.socket.emitWithAck('live:poll-vote', { sessionId, pollId: anonymousId, optionIds: ['o1'] });
    const secret = await waitFor(() => carmen.last().polls.find((poll) => poll.id === anonymousId && poll.voters === 1), { message: 'anonymous vote' });
    expect(secret.options[0]).toEqual({ id: 'o1', label: 'Well', votes: 1 });
  });

  it('chat: plain text for all, hosts delete and mute, slow mode holds pupils back, a resent message is one message', async () => {
    const { carmen, janis, lucia, guest } = people;
    const seen: string[] = [];
    const deleted: string[] = [];
    lucia.socket.on('live:chat', ({ message }) => seen.push(message.body));
    lucia.socket.on('live:chat-deleted', ({ messageId }) => deleted.push(messageId));

    const hello = await janis.socket.emitWithAck('live:chat-send', { sessionId, clientId: 'm1', body: '<b>Sveiki</b> https://example.org' });
    expect(hello).toMatchObject({ ok: true, message: { body: '<b>Sveiki</b> https://example.org', displayName: 'Jānis' } });
    expect(await janis.socket.emitWithAck('live:chat-send', { sessionId, clientId: 'm1', body: '<b>Sveiki</b> https://example.org' })).toEqual(hello);
    await waitFor(() => seen.length === 1, { message: 'Lucía to get the message' });
    expect(await guest.socket.emitWithAck('live:chat-send', { sessionId, body: 'hi' })).toMatchObject({ ok: false, code: 'forbidden' });

    const messageId = (hello as { message: { id: string } }).message.id;
    expect((await carmen.socket.emitWithAck('live:chat-delete', { sessionId, messageId })).ok).toBe(true);
    await waitFor(() => deleted.includes(messageId), { message: 'Lucía to see it deleted' });

    expect((await carmen.socket.emitWithAck('live:mute', { sessionId, userId: lucia.userId, muted: true })).ok).toBe(true);
    expect(await lucia.socket.emitWithAck('live:chat-send', { sessionId, body: 'Hola' })).toMatchObject({ ok: false, code: 'muted' });
    await carmen.socket.emitWithAck('live:mute', { sessionId, userId: lucia.userId, muted: false });
    expect((await lucia.socket.emitWithAck('live:chat-send', { sessionId, body: 'Hola a todos' })).ok).toBe(true);

    await carmen.socket.emitWithAck('live:chat-settings', { sessionId, slowModeSeconds: 30 });
    const { giulia } = people;
    expect((await giulia.socket.emitWithAck('live:join', { sessionId })).ok).toBe(true);
    expect((await giulia.socket.emitWithAck('live:chat-send', { sessionId, body: 'Ciao' })).ok).toBe(true);
    const tooFast = await giulia.socket.emitWithAck('live:chat-send', { sessionId, body: 'Ciao ancora' });
    expect(tooFast).toMatchObject({ ok: false, code: 'too_fast', error: expect.stringMatching(/wait \d+ s/) });
    // Hosts are not slowed down.
    expect((await carmen.socket.emitWithAck('live:chat-send', { sessionId, body: 'Teacher here' })).ok).toBe(true);
    expect((await carmen.socket.emitWithAck('live:chat-send', { sessionId, body: 'And again' })).ok).toBe(true);
    await carmen.socket.emitWithAck('live:chat-settings', { sessionId, slowModeSeconds: 0 });
  });

  it('bring everyone here: the spotlight (with a board view and follow) reaches every participant, and goes on release', async () => {
    const { carmen, janis } = people;
    await carmen.socket.emitWithAck('live:spotlight', { sessionId, itemId, follow: true, view: { x: 10, y: 20, zoom: 1.5, width: 800, height: 500 } });
    const spotlight = await waitFor(() => janis.last().spotlight ?? undefined, { message: 'spotlight' });
    expect(spotlight).toMatchObject({ itemId, itemType: 'doc', title: 'Our first words', follow: true, view: { x: 10, y: 20, zoom: 1.5, width: 800, height: 500 } });
    await carmen.socket.emitWithAck('live:release', { sessionId });
    await waitFor(() => janis.last().spotlight === null, { message: 'released' });
  });

  it('supervision: a host sees every item of the session with who changed it and who has it open', async () => {
    const { carmen, janis } = people;
    const overview = await carmen.socket.emitWithAck('live:overview', { sessionId });
    expect(overview.ok).toBe(true);
    const items = (overview as { items: { itemId: string; activity: { displayName: string }[]; openBy: string[]; excerpt: string }[] }).items;
    const doc = items.find((item) => item.itemId === itemId)!;
    expect(doc.activity.map((entry) => entry.displayName)).toEqual(expect.arrayContaining(['Jānis', 'Carmen']));
    expect(doc.openBy).toContain(janis.userId);
    expect(doc.excerpt).toContain('Before the lock.');
    expect(await janis.socket.emitWithAck('live:overview', { sessionId })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('survives a restart of the server: locks, polls, hands and hosts are stored', async () => {
    const { carmen, janis } = people;
    await carmen.socket.emitWithAck('live:lock', { sessionId, scope: 'everyone', itemId });
    await janis.socket.emitWithAck('live:hand', { sessionId, raised: true });
    await server.close();

    const again = await startKopaServer(server.config);
    try {
      const janisThere = await connect('janis', again.url);
      const joined = await janisThere.socket.emitWithAck('live:join', { sessionId });
      expect(joined.ok).toBe(true);
      const state = (joined as { state: LiveSessionState }).state;
      expect(state.locks).toHaveLength(1);
      expect(state.hands.map((hand) => hand.userId)).toEqual([janis.userId]);
      expect(state.polls).toHaveLength(2);
      expect(state.participants.filter((p) => p.host).map((p) => p.displayName).sort()).toEqual(['Carmen', 'Ilze']);
      // The lock still holds on the Yjs connection after the restart.
      const { body } = await getJson<SpaceSummary[]>(again.url, '/api/spaces', (await login(again.url, 'janis')).cookie);
      expect(body.flatMap((space) => space.items).find((item) => item.id === itemId)!.canEdit).toBe(false);

      // Ending: the summary lands in the space, locks go, and everyone is told.
      const carmenThere = await connect('carmen', again.url);
      await carmenThere.socket.emitWithAck('live:join', { sessionId });
      const ended = new Promise<{ summaryItemId: string | null }>((resolve) => janisThere.socket.once('live:ended', resolve));
      expect(await carmenThere.socket.emitWithAck('live:end', { sessionId, timeZone: 'Mars/Olympus' })).toMatchObject({
        ok: false,
        code: 'invalid_request',
        error: 'timeZone: must be a time zone like Europe/Riga',
      });
      const end = await carmenThere.socket.emitWithAck('live:end', { sessionId, language: 'en', timeZone: 'Europe/Riga' });
      const endedAround = Date.now();
      expect(end).toMatchObject({ ok: true, summaryItemId: expect.any(String) });
      expect((await ended).summaryItemId).toBe((end as { summaryItemId: string }).summaryItemId);

      const after = (await getJson<SpaceSummary[]>(again.url, '/api/spaces', (await login(again.url, 'janis')).cookie)).body;
      const items = after.flatMap((space) => space.items);
      expect(items.find((item) => item.id === itemId)!.canEdit).toBe(true);
      const summary = items.find((item) => item.id === (end as { summaryItemId: string }).summaryItemId)!;
      expect(summary.title).toMatch(/^Live lesson: Our towns/);
      // A record of the lesson: pupils read it, only teachers change it.
      expect(summary).toMatchObject({ locked: true, canEdit: false });
      await again.registry.queue.idle();
      const text = await readStoredText(server.dataDir, summary.docId);
      // Times are the host's (Riga), not the server's; those still there at the end stayed until the end.
      const rigaTime = (at: number) => new Intl.DateTimeFormat('en', { timeStyle: 'short', timeZone: 'Europe/Riga' }).format(at);
      expect(text).toContain(`, ${rigaTime(state.startedAt)}–`);
      const until = [rigaTime(endedAround), rigaTime(endedAround - 60_000)].join('|');
      expect(text).toMatch(new RegExp(`Jānis \\(Latvia\\), Daugavpils Secondary School: from .+ to (${until})`));
      for (const expected of ['Who was there', 'Jānis (Latvia)', 'Lucía (Spain), IES Gijón', 'Where shall we meet? (2 votes)', 'Gijón: 2', 'Hola a todos', 'Teacher here', 'Our first words: a version named']) {
        expect(text).toContain(expected);
      }
      // The deleted message is not in the transcript.
      expect(text).not.toContain('Sveiki');
      expect(await carmenThere.socket.emitWithAck('live:lock', { sessionId, scope: 'everyone' })).toMatchObject({ ok: false, code: 'not_found' });

      const db = new Database(path.join(server.dataDir, 'kopa.db'), { readonly: true });
      const actions = db.prepare("SELECT action FROM audit_log WHERE target_type = 'live_session' ORDER BY id").all() as { action: string }[];
      const versions = db.prepare("SELECT name FROM item_versions WHERE item_id = ? AND kind = 'named'").all(itemId) as { name: string }[];
      db.close();
      expect(actions.map((row) => row.action)).toEqual(
        expect.arrayContaining(['live.start', 'live.lock', 'live.unlock', 'live.cohost', 'live.chat.delete', 'live.mute', 'live.unmute', 'live.slow_mode', 'live.end']),
      );
      expect(versions.map((row) => row.name)).toEqual([expect.stringMatching(/^End of the live lesson/)]);
    } finally {
      await again.close();
    }
  });
});
