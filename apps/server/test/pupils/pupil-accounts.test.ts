import { CLOSE_CODES, type ApiError, type MemberSummary, type PupilAccount, type PupilCredentials } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstWords, getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { connectControlClient, connected } from '../support/control-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const TYPEABLE = /^[a-z0-9.]+$/;

describe('pupil accounts: bulk creation, login cards, new passwords, switching off', () => {
  let server: TestServer;
  let carmen: LoggedIn;
  let marco: LoggedIn;
  let ilze: LoggedIn;
  let lucia: LoggedIn;
  let guest: LoggedIn;
  let pid: string;
  let gijon: string;

  const pupilsPath = (schoolId: string) => `/api/partnerships/${pid}/schools/${schoolId}/pupils`;
  const createPupils = (who: LoggedIn, names: string[], schoolId = gijon) =>
    sendJson<PupilCredentials[] & { error?: string; field?: string }>(server.url, 'POST', pupilsPath(schoolId), {
      cookie: who.cookie,
      body: { names },
    });
  const errorOf = (body: unknown) => body as { error: string; code: string; field?: string };

  beforeAll(async () => {
    server = await startTestServer();
    [carmen, marco, ilze, lucia, guest] = await Promise.all([
      login(server.url, 'carmen'),
      login(server.url, 'marco'),
      login(server.url, 'ilze'),
      login(server.url, 'lucia'),
      login(server.url, 'guest'),
    ]);
    pid = carmen.me.partnershipId!;
    gijon = carmen.me.schoolId!;
  });
  afterAll(() => server?.stop());

  it('creates a class in one go: typeable unique usernames, first names shown, each can log in with the password given', async () => {
    const created = await createPupils(carmen, ['Pablo', '', '  Alba García López  ', 'Pablo', '', 'Íñigo']);
    expect(created.status).toBe(201);
    expect(created.body.map((pupil) => pupil.displayName)).toEqual(['Pablo', 'Alba', 'Pablo', 'Íñigo']);
    expect(created.body.map((pupil) => pupil.username)).toEqual(['pablo.es', 'alba.es', 'pablo2.es', 'inigo.es']);
    for (const pupil of created.body) {
      expect(pupil.active).toBe(true);
      expect(pupil.password).toMatch(/^[a-z]{12}[2-9]{2}$/);
    }

    const sessions = await Promise.all(created.body.map((pupil) => login(server.url, pupil.username, pupil.password)));
    for (const [index, session] of sessions.entries()) {
      expect(session.me).toMatchObject({ role: 'pupil', schoolId: gijon, country: 'ES', partnershipId: pid });
      expect(session.me.displayName).toBe(created.body[index]!.displayName);
    }

    const list = await getJson<PupilAccount[]>(server.url, pupilsPath(gijon), carmen.cookie);
    expect(list.status).toBe(200);
    const usernames = list.body.map((pupil) => pupil.username);
    expect(usernames).toEqual(expect.arrayContaining(['lucia', 'pablo.es', 'pablo2.es', 'alba.es', 'inigo.es']));
    expect(list.body[0]).not.toHaveProperty('password');

    // A second batch with the same names gets the next free usernames.
    const again = await createPupils(carmen, ['Pablo', 'Alba']);
    expect(again.body.map((pupil) => pupil.username)).toEqual(['pablo3.es', 'alba2.es']);
  });

  it('turns Cyrillic, Latvian and Romanian names into accounts with plain usernames', async () => {
    const names = ['Ђорђе', 'Юлия', 'Jānis', 'Ģirts', 'Ștefan', 'Ioana-Maria'];
    const created = await createPupils(ilze, names, ilze.me.schoolId!);
    expect(created.status).toBe(201);
    expect(created.body.map((pupil) => pupil.displayName)).toEqual(names);
    // The demo already has a `janis`; the new Jānis is `janis.lv`, distinct whatever the case.
    expect(created.body.map((pupil) => pupil.username)).toEqual([
      'djordje.lv',
      'yuliya.lv',
      'janis.lv',
      'girts.lv',
      'stefan.lv',
      'ioanamaria.lv',
    ]);
    for (const pupil of created.body) expect(pupil.username).toMatch(TYPEABLE);
    const juliya = created.body[1]!;
    expect((await login(server.url, juliya.username, juliya.password)).me).toMatchObject({ displayName: 'Юлия', country: 'LV' });
  });

  it('creates 200 at once while others still log in (the hashing leaves the server free)', async () => {
    const names = Array.from({ length: 200 }, (_, index) => `Class${'abcdefghij'[index % 10]}`);
    let batchDone = false;
    const batch = createPupils(carmen, names).then((result) => {
      batchDone = true;
      return result;
    });
    // A pupil logging in meanwhile is not queued behind 200 password hashes.
    const meanwhile = await login(server.url, 'giulia');
    expect(meanwhile.me.username).toBe('giulia');
    expect(batchDone).toBe(false);
    const created = await batch;
    expect(created.status).toBe(201);
    expect(new Set(created.body.map((pupil) => pupil.username)).size).toBe(200);
    // The twentieth of each name: no number, 2–9, 22–29, then 32, 33, 34 (no 0 or 1 anywhere).
    expect(created.body.at(-1)!.username).toBe('classj34.es');
  });

  it('refuses bad lists with a message that says what to fix', async () => {
    const empty = await createPupils(carmen, ['', '   ', '']);
    expect(empty.status).toBe(400);
    expect(errorOf(empty.body)).toMatchObject({ code: 'invalid_request', field: 'names', error: 'Paste at least one first name, one per line.' });

    expect((await createPupils(carmen, [])).status).toBe(400);
    expect((await sendJson(server.url, 'POST', pupilsPath(gijon), { cookie: carmen.cookie, body: { names: 'Anna' } })).status).toBe(400);

    const tooMany = await createPupils(carmen, Array.from({ length: 500 }, (_, index) => `Anna${'a'.repeat(index % 5)}`));
    expect(tooMany.status).toBe(400);
    expect(errorOf(tooMany.body).error).toBe('You pasted 500 names; at most 200 at a time.');

    const digits = await createPupils(carmen, ['Anna', '', '42', 'Ben']);
    expect(digits.status).toBe(400);
    expect(errorOf(digits.body).error).toBe('Line 3 is not a first name: use letters only (no digits, emoji or symbols).');

    const emoji = await createPupils(carmen, ['🙂', 'Anna', 'Carla 🎉']);
    expect(errorOf(emoji.body).error).toMatch(/^Lines 1 and 3 are not first names/);

    // Nothing of a refused list was created.
    const list = await getJson<PupilAccount[]>(server.url, pupilsPath(gijon), carmen.cookie);
    expect(list.body.map((pupil) => pupil.displayName)).not.toContain('Ben');
  });

  it('lets only the teachers of the school manage its pupils', async () => {
    expect((await createPupils(marco, ['Nope'])).status).toBe(403);
    expect((await createPupils(ilze, ['Nope'])).status).toBe(403);
    expect((await createPupils(lucia, ['Nope'])).status).toBe(403);
    expect((await createPupils(guest, ['Nope'])).status).toBe(403);
    expect((await getJson(server.url, pupilsPath(gijon), marco.cookie)).status).toBe(403);
    expect((await getJson(server.url, pupilsPath(gijon), lucia.cookie)).status).toBe(403);
    expect((await createPupils(carmen, ['Nope'], 'no-such-school')).status).toBe(404);
    expect((await sendJson(server.url, 'POST', `/api/partnerships/elsewhere/schools/${gijon}/pupils`, { cookie: carmen.cookie, body: { names: ['A'] } })).status).toBe(404);
    expect((await sendJson(server.url, 'POST', pupilsPath(gijon), { body: { names: ['Nope'] } })).status).toBe(401);

    const members = await getJson<MemberSummary[]>(server.url, `/api/partnerships/${pid}/members`, carmen.cookie);
    expect(members.status).toBe(200);
    expect(members.body.find((member) => member.username === 'lucia')).toMatchObject({ role: 'pupil', country: 'ES', active: true });
    expect((await getJson(server.url, `/api/partnerships/${pid}/members`, lucia.cookie)).status).toBe(403);
    expect((await getJson(server.url, `/api/partnerships/${pid}/members`, guest.cookie)).status).toBe(403);
  });

  it('a new password ends every session of the pupil; the new one works, the old one not', async () => {
    const [pupil] = (await createPupils(carmen, ['Sara'])).body;
    const before = await login(server.url, pupil!.username, pupil!.password);
    expect((await getJson(server.url, '/api/me', before.cookie)).status).toBe(200);

    const passwordPath = `/api/partnerships/${pid}/members/${pupil!.id}/password`;
    expect((await sendJson(server.url, 'POST', passwordPath, { cookie: marco.cookie })).status).toBe(403);
    expect((await sendJson(server.url, 'POST', passwordPath, { cookie: before.cookie })).status).toBe(403);
    const reset = await sendJson<PupilCredentials>(server.url, 'POST', passwordPath, { cookie: carmen.cookie });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ id: pupil!.id, username: pupil!.username, displayName: 'Sara', active: true });
    expect(reset.body.password).not.toBe(pupil!.password);

    expect((await getJson(server.url, '/api/me', before.cookie)).status).toBe(401);
    expect((await sendJson(server.url, 'POST', '/api/auth/login', { body: { username: pupil!.username, password: pupil!.password } })).status).toBe(401);
    expect((await login(server.url, pupil!.username, reset.body.password)).me.displayName).toBe('Sara');
  });

  it('teachers’ passwords and accounts are not managed through the pupils’ routes', async () => {
    const ana = (await getJson<MemberSummary[]>(server.url, `/api/partnerships/${pid}/members`, carmen.cookie)).body.find(
      (member) => member.username === 'ana',
    )!;
    for (const target of [carmen.me.id, ana.userId]) {
      expect((await sendJson(server.url, 'POST', `/api/partnerships/${pid}/members/${target}/password`, { cookie: carmen.cookie })).status).toBe(403);
      expect((await sendJson(server.url, 'PATCH', `/api/partnerships/${pid}/members/${target}`, { cookie: carmen.cookie, body: { active: false } })).status).toBe(403);
    }
    expect((await login(server.url, 'ana')).me.role).toBe('teacher');
    expect((await sendJson(server.url, 'POST', `/api/partnerships/${pid}/members/nobody/password`, { cookie: carmen.cookie })).status).toBe(404);
  });

  it('renames a pupil (a first name or nickname only)', async () => {
    const [pupil] = (await createPupils(carmen, ['Tomas'])).body;
    const path = `/api/partnerships/${pid}/members/${pupil!.id}`;
    const renamed = await sendJson<MemberSummary>(server.url, 'PATCH', path, { cookie: carmen.cookie, body: { displayName: 'Tomás' } });
    expect(renamed.body).toMatchObject({ userId: pupil!.id, displayName: 'Tomás', username: 'tomas.es' });
    expect((await sendJson(server.url, 'PATCH', path, { cookie: carmen.cookie, body: { displayName: 'T0m4s' } })).status).toBe(400);
    expect((await sendJson(server.url, 'PATCH', path, { cookie: carmen.cookie, body: {} })).status).toBe(400);
  });

  it('switching a pupil off closes their open document and control connections at once, refuses login, and switching on undoes it', async () => {
    const item = await firstWords(server.url, lucia.cookie);
    const writer = connectCollabClient(server.url, item.docId, { cookie: lucia.cookie });
    const control = connectControlClient(server.url, { cookie: lucia.cookie });
    try {
      await Promise.all([writer.synced(), connected(control)]);
      const closedWith = new Promise<number>((resolve) => writer.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
      const controlGone = new Promise<void>((resolve) => control.once('disconnect', () => resolve()));

      const path = `/api/partnerships/${pid}/members/${lucia.me.id}`;
      expect((await sendJson(server.url, 'PATCH', path, { cookie: marco.cookie, body: { active: false } })).status).toBe(403);
      const started = Date.now();
      const off = await sendJson<MemberSummary>(server.url, 'PATCH', path, { cookie: carmen.cookie, body: { active: false } });
      expect(off.status).toBe(200);
      expect(off.body).toMatchObject({ userId: lucia.me.id, active: false });
      expect(await closedWith).toBe(CLOSE_CODES.sessionEnded);
      await controlGone;
      expect(Date.now() - started).toBeLessThan(2000);

      expect((await getJson(server.url, '/api/me', lucia.cookie)).status).toBe(401);
      // With the right password she is told why, so she stops retyping it; a wrong one learns nothing.
      const refused = await sendJson<ApiError>(server.url, 'POST', '/api/auth/login', { body: { username: 'lucia', password: 'kopa-demo' } });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'account_disabled', error: expect.stringMatching(/teacher/) });
      const guessed = await sendJson<ApiError>(server.url, 'POST', '/api/auth/login', { body: { username: 'lucia', password: 'a guess' } });
      expect(guessed).toMatchObject({ status: 401, body: { code: 'invalid_credentials' } });
      // The provider keeps trying to reconnect; the server keeps refusing it.
      await waitFor(() => !writer.provider.wsconnected);
      const list = await getJson<PupilAccount[]>(server.url, pupilsPath(gijon), carmen.cookie);
      expect(list.body.find((pupil) => pupil.id === lucia.me.id)?.active).toBe(false);

      const on = await sendJson<MemberSummary>(server.url, 'PATCH', path, { cookie: carmen.cookie, body: { active: true } });
      expect(on.body.active).toBe(true);
      const back = await login(server.url, 'lucia');
      expect((await getJson(server.url, '/api/me', back.cookie)).status).toBe(200);
    } finally {
      writer.destroy();
      control.disconnect();
    }
  });
});
