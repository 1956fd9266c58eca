import type { ItemSummary, Mobility, Partnership, SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { connectControlClient, connected } from '../support/control-client.js';
import { readStoredText } from '../support/stored-document.js';
import { writerFlushed } from '../support/edit-probe.js';
import { createSecondPartnership, expectOk } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** An ISO date this many days from today: the demo partnership runs from 420 days ago to 300 days ahead. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('mobilities: the calendar of visits and their diaries', () => {
  let server: TestServer;
  let ilze: LoggedIn;
  let carmen: LoggedIn;
  let marco: LoggedIn;
  let janis: LoggedIn;
  let guest: LoggedIn;
  let pid: string;
  let schools: Record<'LV' | 'ES' | 'IT' | 'RO', string>;
  let other: { partnershipId: string; schoolId: string; mobilityId: string };

  const call = <T = unknown>(who: LoggedIn | null, method: string, apiPath: string, body?: unknown) =>
    sendJson<T>(server.url, method, `/api${apiPath}`, { cookie: who?.cookie, body });
  const visit = (overrides: Record<string, unknown> = {}) => ({
    title: 'Visit to Daugavpils',
    hostSchoolId: schools.LV,
    city: 'Daugavpils',
    startDate: daysFromNow(10),
    endDate: daysFromNow(14),
    travellerIds: [],
    ...overrides,
  });
  const spaceOf = async (who: LoggedIn, spaceId: string) =>
    (await getJson<SpaceSummary[]>(server.url, '/api/spaces', who.cookie)).body.find((space) => space.id === spaceId);

  beforeAll(async () => {
    server = await startTestServer();
    [ilze, carmen, marco, janis, guest] = await Promise.all(
      ['ilze', 'carmen', 'marco', 'janis', 'guest'].map((name) => login(server.url, name)),
    ) as [LoggedIn, LoggedIn, LoggedIn, LoggedIn, LoggedIn];
    pid = ilze.me.partnershipId!;
    const { body: partnership } = await getJson<Partnership>(server.url, `/api/partnerships/${pid}`, ilze.cookie);
    schools = Object.fromEntries(partnership.schools.map((school) => [school.country, school.id])) as typeof schools;
    // A second partnership with a visit of its own: its school and its visit stay out of the demo's sight.
    const second = await createSecondPartnership(server);
    const kraków = await expectOk(
      sendJson<Mobility>(server.url, 'POST', `/api/partnerships/${second.partnershipId}/mobilities`, {
        cookie: second.bea.cookie,
        body: { title: 'Visit to Kraków', hostSchoolId: second.schoolId, city: 'Kraków', startDate: daysFromNow(30), endDate: daysFromNow(34) },
      }),
      'plan a visit in the second partnership',
    );
    other = { partnershipId: second.partnershipId, schoolId: second.schoolId, mobilityId: kraków.id };
  });
  afterAll(() => server?.stop());

  it('lists the visits by date to every member, guests included', async () => {
    for (const who of [ilze, janis, guest]) {
      const { status, body } = await getJson<Mobility[]>(server.url, `/api/partnerships/${pid}/mobilities`, who.cookie);
      expect(status).toBe(200);
      expect(body.map((mobility) => mobility.title).slice(0, 2)).toEqual(['Visit to Gijón', 'Visit to Salerno']);
    }
    const [gijon] = (await getJson<Mobility[]>(server.url, `/api/partnerships/${pid}/mobilities`, janis.cookie)).body;
    expect(gijon).toMatchObject({ hostSchoolId: schools.ES, city: 'Gijón', archived: false });
    expect(gijon!.travellerIds).toContain(janis.me.id);
    // Everyone may see who travels, by name and country (pupils cannot list the members).
    expect(gijon!.travellers).toContainEqual({ userId: janis.me.id, displayName: 'Jānis', role: 'pupil', country: 'LV' });
    expect(gijon!.travellers.map((person) => person.country)).not.toContain('ES');
    expect(gijon!.travellers).toHaveLength(gijon!.travellerIds.length);
    expect(gijon!.startDate <= gijon!.endDate).toBe(true);
    expect((await call(null, 'GET', `/partnerships/${pid}/mobilities`)).status).toBe(401);
  });

  it('creates a visit and its diary space in one go, for any teacher', async () => {
    const created = await call<Mobility>(marco, 'POST', `/partnerships/${pid}/mobilities`, visit({ travellerIds: [janis.me.id] }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ partnershipId: pid, title: 'Visit to Daugavpils', city: 'Daugavpils', archived: false });
    expect(created.body.travellerIds).toEqual([janis.me.id]);

    const diary = await spaceOf(janis, created.body.spaceId);
    expect(diary).toMatchObject({ kind: 'mobility', title: 'Visit to Daugavpils', mobilityId: created.body.id, canEdit: true, mine: true });
    // A pupil who does not travel reads the diary but does not write in it, and it is not theirs.
    const lucia = await login(server.url, 'lucia');
    expect(await spaceOf(lucia, created.body.spaceId)).toMatchObject({ canEdit: false, mine: false });

    const byCoordinator = await call<Mobility>(ilze, 'POST', `/partnerships/${pid}/mobilities`, visit({ title: 'Day trip', endDate: daysFromNow(10) }));
    expect(byCoordinator.status).toBe(201);
    const list = (await getJson<Mobility[]>(server.url, `/api/partnerships/${pid}/mobilities`, ilze.cookie)).body;
    expect(list.map((mobility) => mobility.id)).toEqual(expect.arrayContaining([created.body.id, byCoordinator.body.id]));
  });

  it('refuses what is wrong, naming the field', async () => {
    // Each with what is wrong in no words (`problem`), for the web app to say in the reader's language.
    const expect400 = async (body: unknown, field: string, problem: string, mentioning?: string) => {
      const response = await call<{ field: string; error: string; code: string }>(carmen, 'POST', `/partnerships/${pid}/mobilities`, body);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body).toMatchObject({ code: 'invalid_request', field, problem: { kind: problem } });
      if (mentioning) expect(response.body.error).toContain(mentioning);
    };
    await expect400(visit({ startDate: daysFromNow(14), endDate: daysFromNow(10) }), 'endDate', 'ends_before_start');
    await expect400(visit({ startDate: daysFromNow(-500), endDate: daysFromNow(-496) }), 'startDate', 'outside_partnership_dates', 'partnership starts');
    await expect400(visit({ startDate: daysFromNow(298), endDate: daysFromNow(302) }), 'endDate', 'outside_partnership_dates', 'partnership ends');
    await expect400(visit({ startDate: '6.11.2026' }), 'startDate', 'invalid_format');
    await expect400(visit({ title: '  ' }), 'title', 'required');
    await expect400(visit({ hostSchoolId: 'no-such-school' }), 'hostSchoolId', 'not_in_partnership');
    await expect400(visit({ hostSchoolId: other.schoolId }), 'hostSchoolId', 'not_in_partnership');
    await expect400(visit({ travellerIds: [janis.me.id, 'someone-else'] }), 'travellerIds', 'not_in_partnership', 'someone-else');
    await expect400(visit({ travellerIds: [guest.me.id] }), 'travellerIds', 'invalid_choice', 'Guest');
    await expect400(visit({ travellerIds: [janis.me.id, janis.me.id] }), 'travellerIds', 'invalid');

    const before = (await getJson<Mobility[]>(server.url, `/api/partnerships/${pid}/mobilities`, carmen.cookie)).body.length;
    await expect400(visit({ travellerIds: ['nobody'] }), 'travellerIds', 'not_in_partnership');
    expect((await getJson<Mobility[]>(server.url, `/api/partnerships/${pid}/mobilities`, carmen.cookie)).body).toHaveLength(before);
  });

  it('lets only teachers plan: pupils and guests get 403', async () => {
    const [existing] = (await getJson<Mobility[]>(server.url, `/api/partnerships/${pid}/mobilities`, janis.cookie)).body;
    for (const who of [janis, guest]) {
      expect((await call(who, 'POST', `/partnerships/${pid}/mobilities`, visit())).status).toBe(403);
      expect((await call(who, 'PATCH', `/mobilities/${existing!.id}`, { title: 'Mine now' })).status).toBe(403);
      expect((await call(who, 'DELETE', `/mobilities/${existing!.id}`)).status).toBe(403);
    }
    expect((await call(null, 'POST', `/partnerships/${pid}/mobilities`, visit())).status).toBe(401);
  });

  it('keeps other partnerships out of sight: 404', async () => {
    expect((await call(carmen, 'GET', `/partnerships/${other.partnershipId}/mobilities`)).status).toBe(404);
    expect((await call(carmen, 'POST', `/partnerships/${other.partnershipId}/mobilities`, visit({ hostSchoolId: other.schoolId }))).status).toBe(404);
    expect((await call(carmen, 'PATCH', `/mobilities/${other.mobilityId}`, { title: 'Taken over' })).status).toBe(404);
    expect((await call(carmen, 'DELETE', `/mobilities/${other.mobilityId}`)).status).toBe(404);
    expect((await call(carmen, 'GET', '/partnerships/no-such-partnership/mobilities')).status).toBe(404);
    expect((await call(carmen, 'PATCH', '/mobilities/no-such-mobility', { title: 'x' })).status).toBe(404);
  });

  it('changes only what is sent; renaming renames the diary; dates are checked as a whole', async () => {
    const { body: created } = await call<Mobility>(carmen, 'POST', `/partnerships/${pid}/mobilities`, visit({ travellerIds: [janis.me.id] }));
    const renamed = await call<Mobility>(carmen, 'PATCH', `/mobilities/${created.id}`, { title: 'Autumn in Latgale', city: 'Rēzekne' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Autumn in Latgale', city: 'Rēzekne', startDate: daysFromNow(10), travellerIds: [janis.me.id] });
    expect((await spaceOf(carmen, created.spaceId))?.title).toBe('Autumn in Latgale');

    const backwards = await call<{ field: string }>(carmen, 'PATCH', `/mobilities/${created.id}`, { endDate: daysFromNow(5) });
    expect(backwards.status).toBe(400);
    expect(backwards.body.field).toBe('endDate');
    const stranger = await call<{ field: string }>(carmen, 'PATCH', `/mobilities/${created.id}`, { travellerIds: ['who'] });
    expect(stranger.body.field).toBe('travellerIds');
    expect((await call<Mobility>(carmen, 'PATCH', `/mobilities/${created.id}`, {})).body.title).toBe('Autumn in Latgale');
  });

  it('a pupil added as traveller writes in the diary; removed again, loses writing within 2 s', async () => {
    const { body: mobility } = await call<Mobility>(carmen, 'POST', `/partnerships/${pid}/mobilities`, visit({ title: 'Visit to Riga' }));
    const { body: item } = await call<ItemSummary>(carmen, 'POST', `/spaces/${mobility.spaceId}/items`, { title: 'Day one' });
    expect((await getJson<ItemSummary>(server.url, `/api/items/${item.id}`, janis.cookie)).body.canEdit).toBe(false);

    const pupil = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    const teacher = connectCollabClient(server.url, item.docId, { cookie: carmen.cookie });
    const control = connectControlClient(server.url, { cookie: janis.cookie });
    const accessChanged = () => new Promise<void>((resolve) => control.once('access:changed', () => resolve()));
    try {
      await Promise.all([pupil.synced(), teacher.synced(), connected(control)]);

      let told = accessChanged();
      const added = await call<Mobility>(carmen, 'PATCH', `/mobilities/${mobility.id}`, { travellerIds: [janis.me.id] });
      expect(added.body.travellerIds).toEqual([janis.me.id]);
      await told;
      expect((await getJson<ItemSummary>(server.url, `/api/items/${item.id}`, janis.cookie)).body.canEdit).toBe(true);
      pupil.appendParagraph('Jānis writes in the diary');
      await waitFor(async () => (await readStoredText(server.dataDir, item.docId)).includes('Jānis writes in the diary'), {
        message: 'the traveller’s words to be stored',
      });
      await waitFor(() => teacher.text().includes('Jānis writes in the diary'));

      told = accessChanged();
      await call(carmen, 'PATCH', `/mobilities/${mobility.id}`, { travellerIds: [] });
      const started = Date.now();
      await told;
      pupil.appendParagraph('Written after leaving the trip');
      await writerFlushed(pupil, teacher);
      expect(Date.now() - started).toBeLessThan(2000);
      await server.registry.queue.idle();
      expect(await readStoredText(server.dataDir, item.docId)).not.toContain('Written after leaving the trip');
      expect(teacher.text()).not.toContain('Written after leaving the trip');
      expect((await getJson<ItemSummary>(server.url, `/api/items/${item.id}`, janis.cookie)).body.canEdit).toBe(false);
    } finally {
      pupil.destroy();
      teacher.destroy();
      control.disconnect();
    }

    // Reconnecting does not bring writing back.
    const again = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    const watcher = connectCollabClient(server.url, item.docId, { cookie: carmen.cookie });
    try {
      await Promise.all([again.synced(), watcher.synced()]);
      again.appendParagraph('Trying again after reconnecting');
      await writerFlushed(again, watcher);
      await server.registry.queue.idle();
      expect(await readStoredText(server.dataDir, item.docId)).not.toContain('Trying again');
    } finally {
      again.destroy();
      watcher.destroy();
    }
  });

  it('removing a visit archives its diary: kept, readable, written in by nobody', async () => {
    const { body: mobility } = await call<Mobility>(carmen, 'POST', `/partnerships/${pid}/mobilities`, visit({ title: 'Visit to Liepāja', travellerIds: [janis.me.id] }));
    const { body: item } = await call<ItemSummary>(janis, 'POST', `/spaces/${mobility.spaceId}/items`, { title: 'Packing list' });
    const teacher = connectCollabClient(server.url, item.docId, { cookie: carmen.cookie });
    const pupil = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    try {
      await Promise.all([teacher.synced(), pupil.synced()]);
      teacher.appendParagraph('Bring a warm coat');
      await waitFor(async () => (await readStoredText(server.dataDir, item.docId)).includes('Bring a warm coat'));

      expect((await call(carmen, 'DELETE', `/mobilities/${mobility.id}`)).status).toBe(204);
      const started = Date.now();
      teacher.appendParagraph('Written after the removal');
      await writerFlushed(teacher, pupil);
      expect(Date.now() - started).toBeLessThan(2000);
      await server.registry.queue.idle();
      expect(await readStoredText(server.dataDir, item.docId)).not.toContain('Written after the removal');
    } finally {
      teacher.destroy();
      pupil.destroy();
    }

    const listed = (await getJson<Mobility[]>(server.url, `/api/partnerships/${pid}/mobilities`, janis.cookie)).body;
    expect(listed.find((entry) => entry.id === mobility.id)).toMatchObject({ archived: true });
    for (const who of [carmen, janis]) {
      const diary = await spaceOf(who, mobility.spaceId);
      expect(diary).toMatchObject({ canEdit: false, items: [expect.objectContaining({ title: 'Packing list', canEdit: false })] });
    }
    expect((await call(janis, 'POST', `/spaces/${mobility.spaceId}/items`, { title: 'More' })).status).toBe(403);
    expect((await call(carmen, 'POST', `/spaces/${mobility.spaceId}/items`, { title: 'More' })).status).toBe(403);
    expect((await call(carmen, 'PATCH', `/mobilities/${mobility.id}`, { title: 'Back again' })).status).toBe(403);
    expect((await call(carmen, 'DELETE', `/mobilities/${mobility.id}`)).status).toBe(204);
    expect((await call(janis, 'DELETE', `/mobilities/${mobility.id}`)).status).toBe(403);
  });
});
