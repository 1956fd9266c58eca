import type { ApiError, ItemSummary, SpaceSummary, Team } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { createSecondPartnership, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { isStored, writerFlushed } from '../support/edit-probe.js';

describe('teams: REST', () => {
  let server: TestServer;
  let people: Record<'ilze' | 'carmen' | 'janis' | 'lucia' | 'giulia' | 'andrei' | 'guest' | 'bea', LoggedIn>;
  let pid: string;
  let other: SecondPartnership;

  const call = <T = unknown>(who: LoggedIn, method: string, path: string, body?: unknown) =>
    sendJson<T>(server.url, method, `/api${path}`, { cookie: who.cookie, body });
  const teamsAs = async (who: LoggedIn) => (await getJson<Team[]>(server.url, `/api/partnerships/${pid}/teams`, who.cookie)).body;
  const spacesAs = async (who: LoggedIn) => (await getJson<SpaceSummary[]>(server.url, '/api/spaces', who.cookie)).body;
  const create = async (who: LoggedIn, name: string, memberIds: string[]) => {
    const response = await call<Team>(who, 'POST', `/partnerships/${pid}/teams`, { name, memberIds });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };

  beforeAll(async () => {
    server = await startTestServer();
    other = await createSecondPartnership(server);
    const names = ['ilze', 'carmen', 'janis', 'lucia', 'giulia', 'andrei', 'guest'] as const;
    const sessions = await Promise.all(names.map((name) => login(server.url, name)));
    people = { ...Object.fromEntries(names.map((name, index) => [name, sessions[index]!])), bea: other.bea } as typeof people;
    pid = people.carmen.me.partnershipId!;
  });
  afterAll(() => server?.stop());

  it('everyone in the partnership lists its teams, with first names and countries but no usernames', async () => {
    for (const who of [people.janis, people.guest, people.carmen]) {
      const welcome = (await teamsAs(who)).find((team) => team.name === 'Welcome')!;
      expect(welcome).toMatchObject({ partnershipId: pid, archived: false });
      expect(welcome.members.map((member) => `${member.displayName} (${member.country})`).sort()).toEqual([
        'Andrei (RO)',
        'Giulia (IT)',
        'Jānis (LV)',
        'Lucía (ES)',
      ]);
      expect(welcome.memberIds.sort()).toEqual(welcome.members.map((member) => member.userId).sort());
      expect(JSON.stringify(welcome)).not.toContain('"username"');
    }
  });

  it('a teacher creates a team and its space in one go; its members find the space as theirs', async () => {
    const team = await create(people.carmen, 'Explorers', [people.janis.me.id, people.lucia.me.id, people.carmen.me.id]);
    expect(team).toMatchObject({ name: 'Explorers', partnershipId: pid, archived: false });
    expect(team.memberIds.sort()).toEqual([people.janis.me.id, people.lucia.me.id, people.carmen.me.id].sort());

    const forJanis = (await spacesAs(people.janis)).find((space) => space.id === team.spaceId);
    expect(forJanis).toMatchObject({ title: 'Explorers', kind: 'team', teamId: team.id, mine: true, canEdit: true });
    const forGiulia = (await spacesAs(people.giulia)).find((space) => space.id === team.spaceId);
    expect(forGiulia).toMatchObject({ mine: false, canEdit: false });
    expect((await teamsAs(people.guest)).map((listed) => listed.name)).toContain('Explorers');
  });

  it('refuses guests and strangers as members, naming them, and saves nothing', async () => {
    const before = (await teamsAs(people.carmen)).length;
    // With what is wrong in no words (`problem`), for the web app to say in the reader's language.
    const cases: Array<[unknown, string, RegExp, string]> = [
      [{ name: 'Ghosts', memberIds: ['no-such-user'] }, 'memberIds', /no-such-user/, 'not_in_partnership'],
      [{ name: 'Visitors', memberIds: [people.guest.me.id] }, 'memberIds', /Guest/, 'invalid_choice'],
      [{ name: 'Strangers', memberIds: [other.bea.me.id] }, 'memberIds', new RegExp(other.bea.me.id), 'not_in_partnership'],
      [{ name: 'Twice', memberIds: [people.janis.me.id, people.janis.me.id] }, 'memberIds', /twice/, 'invalid'],
      [{ name: '   ', memberIds: [] }, 'name', /name/, 'required'],
      [{ memberIds: [] }, 'name', /name/, 'required'],
    ];
    for (const [body, field, message, problem] of cases) {
      const response = await call<ApiError>(people.carmen, 'POST', `/partnerships/${pid}/teams`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body).toMatchObject({ code: 'invalid_request', field, problem: { kind: problem } });
      expect(response.body.error).toMatch(message);
    }
    expect((await teamsAs(people.carmen)).length).toBe(before);
  });

  it('takes teachers, the coordinator included, into a team alongside pupils', async () => {
    const response = await call<Team>(people.carmen, 'POST', `/partnerships/${pid}/teams`, {
      name: 'Mentored',
      memberIds: [people.ilze.me.id, people.carmen.me.id, people.janis.me.id],
    });
    expect(response.status).toBe(201);
    expect(response.body.memberIds.sort()).toEqual([people.ilze.me.id, people.carmen.me.id, people.janis.me.id].sort());
  });

  it('saves a builder result all or nothing', async () => {
    const before = (await teamsAs(people.carmen)).length;
    const refused = await call<ApiError>(people.carmen, 'POST', `/partnerships/${pid}/teams/batch`, {
      teams: [
        { name: 'Team 1', memberIds: [people.janis.me.id] },
        { name: 'Team 2', memberIds: [people.guest.me.id] },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ field: 'teams.1.memberIds' });
    expect((await teamsAs(people.carmen)).length).toBe(before);

    const saved = await call<Team[]>(people.ilze, 'POST', `/partnerships/${pid}/teams/batch`, {
      teams: [
        { name: 'Team 1', memberIds: [people.janis.me.id, people.lucia.me.id] },
        { name: 'Team 2', memberIds: [people.giulia.me.id, people.andrei.me.id] },
      ],
    });
    expect(saved.status).toBe(201);
    expect(saved.body.map((team) => team.name)).toEqual(['Team 1', 'Team 2']);
    const listed = await teamsAs(people.carmen);
    expect(listed.slice(-2).map((team) => team.name)).toEqual(['Team 1', 'Team 2']);
    const giuliaSpaces = await spacesAs(people.giulia);
    expect(giuliaSpaces.find((space) => space.id === saved.body[1]!.spaceId)).toMatchObject({ mine: true, canEdit: true });
  });

  it('pupils and guests may not create, change or archive teams (403)', async () => {
    const welcome = (await teamsAs(people.carmen)).find((team) => team.name === 'Welcome')!;
    for (const who of [people.janis, people.guest]) {
      expect((await call(who, 'POST', `/partnerships/${pid}/teams`, { name: 'Ours' })).status).toBe(403);
      expect((await call(who, 'POST', `/partnerships/${pid}/teams/batch`, { teams: [{ name: 'Ours' }] })).status).toBe(403);
      expect((await call(who, 'PATCH', `/teams/${welcome.id}`, { name: 'Mine now' })).status).toBe(403);
      expect((await call(who, 'PATCH', `/teams/${welcome.id}`, { memberIds: [who.me.id] })).status).toBe(403);
      expect((await call(who, 'DELETE', `/teams/${welcome.id}`)).status).toBe(403);
    }
    expect((await teamsAs(people.carmen)).find((team) => team.id === welcome.id)).toMatchObject({ name: 'Welcome', archived: false });
  });

  it('another partnership’s teams do not exist for you (404), and yours not for them', async () => {
    expect((await getJson(server.url, `/api/partnerships/${other.partnershipId}/teams`, people.carmen.cookie)).status).toBe(404);
    expect((await call(people.carmen, 'POST', `/partnerships/${other.partnershipId}/teams`, { name: 'Raid' })).status).toBe(404);
    expect((await call(people.carmen, 'PATCH', `/teams/${other.team.id}`, { name: 'Taken' })).status).toBe(404);
    expect((await call(people.carmen, 'DELETE', `/teams/${other.team.id}`)).status).toBe(404);
    const welcome = (await teamsAs(people.carmen)).find((team) => team.name === 'Welcome')!;
    expect((await call(people.bea, 'PATCH', `/teams/${welcome.id}`, { name: 'Taken' })).status).toBe(404);
    expect((await getJson(server.url, `/api/partnerships/${pid}/teams`, people.bea.cookie)).status).toBe(404);
    expect((await call(people.carmen, 'PATCH', '/teams/no-such-team', { name: 'X' })).status).toBe(404);
    expect((await getJson(server.url, `/api/partnerships/${pid}/teams`)).status).toBe(401);
  });

  it('renaming a team renames its space; changing members keeps the name', async () => {
    const team = await create(people.ilze, 'Cooks', [people.giulia.me.id]);
    const renamed = await call<Team>(people.carmen, 'PATCH', `/teams/${team.id}`, { name: 'Great cooks' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Great cooks', memberIds: [people.giulia.me.id] });
    expect((await spacesAs(people.giulia)).find((space) => space.id === team.spaceId)?.title).toBe('Great cooks');

    const restaffed = await call<Team>(people.carmen, 'PATCH', `/teams/${team.id}`, { memberIds: [people.andrei.me.id] });
    expect(restaffed.body).toMatchObject({ name: 'Great cooks', memberIds: [people.andrei.me.id] });
    expect((await spacesAs(people.giulia)).find((space) => space.id === team.spaceId)).toMatchObject({ mine: false, canEdit: false });
    expect((await call(people.carmen, 'PATCH', `/teams/${team.id}`, {})).status).toBe(400);
    expect((await call(people.carmen, 'PATCH', `/teams/${team.id}`, { memberIds: [people.guest.me.id] })).status).toBe(400);
  });

  it('archiving keeps the team’s space, read-only: an open document stops taking edits; restoring gives them back', async () => {
    const team = await create(people.carmen, 'Archivists', [people.lucia.me.id]);
    const item = (await call<ItemSummary>(people.lucia, 'POST', `/spaces/${team.spaceId}/items`, { title: 'Our archive' })).body;
    const writer = connectCollabClient(server.url, item.docId, { cookie: people.lucia.cookie });
    const watcher = connectCollabClient(server.url, item.docId, { cookie: people.carmen.cookie });
    try {
      await Promise.all([writer.synced(), watcher.synced()]);
      writer.appendParagraph('Written before the archive');
      await waitFor(() => isStored(server, item.docId, 'Written before the archive'));

      expect((await call(people.carmen, 'DELETE', `/teams/${team.id}`)).status).toBe(204);
      const archivedAt = Date.now();
      writer.appendParagraph('Written after the archive');
      await writerFlushed(writer, watcher);
      expect(Date.now() - archivedAt).toBeLessThan(2000);
      expect(watcher.text()).not.toContain('Written after the archive');
      expect(await isStored(server, item.docId, 'Written after the archive')).toBe(false);

      const kept = (await spacesAs(people.lucia)).find((space) => space.id === team.spaceId);
      expect(kept).toMatchObject({ canEdit: false, items: [expect.objectContaining({ title: 'Our archive', canEdit: false })] });
      expect((await teamsAs(people.lucia)).find((listed) => listed.id === team.id)).toMatchObject({ archived: true });
      expect((await call(people.lucia, 'POST', `/spaces/${team.spaceId}/items`, { title: 'More' })).status).toBe(403);
      expect((await call(people.carmen, 'PATCH', `/teams/${team.id}`, { name: 'Renamed while archived' })).status).toBe(403);
      expect((await call(people.carmen, 'DELETE', `/teams/${team.id}`)).status).toBe(204);
      expect((await call(people.janis, 'POST', `/teams/${team.id}/restore`)).status).toBe(403);
    } finally {
      writer.destroy();
      watcher.destroy();
    }

    const restored = await call<Team>(people.carmen, 'POST', `/teams/${team.id}/restore`);
    expect(restored.body).toMatchObject({ archived: false });
    const again = connectCollabClient(server.url, item.docId, { cookie: people.lucia.cookie });
    try {
      await again.synced();
      again.appendParagraph('Written after the restore');
      await waitFor(() => isStored(server, item.docId, 'Written after the restore'), { message: 'writing to work again' });
    } finally {
      again.destroy();
    }
  });
});
