import type { ExportJob, ExportOverview, Partnership, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { createSecondPartnership, expectOk, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { backupToFile, finishedExport, readZip, startBackup } from './backup-files.js';

/** Who may start, follow and download exports, over REST (the matrix in test/access asks the same of every role). */
describe('exports over REST', () => {
  let server: TestServer;
  let people: Record<'ilze' | 'carmen' | 'janis' | 'guest', LoggedIn>;
  let other: SecondPartnership;
  let pid: string;
  let job: ExportJob;

  beforeAll(async () => {
    server = await startTestServer();
    const [ilze, carmen, janis, guest] = await Promise.all(['ilze', 'carmen', 'janis', 'guest'].map((name) => login(server.url, name)));
    people = { ilze: ilze!, carmen: carmen!, janis: janis!, guest: guest! };
    pid = ilze!.me.partnershipId!;
    other = await createSecondPartnership(server);
    job = await finishedExport(server.url, ilze!.cookie, (await startBackup(server.url, ilze!.cookie, pid)).id);
  });
  afterAll(() => server?.stop());

  it('offers the backup to the coordinator only, the website and Markdown of a space to teachers too, and says so on the partnership', async () => {
    const overview = await getJson<ExportOverview>(server.url, `/api/partnerships/${pid}/exports`, people.ilze.cookie);
    expect(overview.status).toBe(200);
    expect(overview.body.formats).toEqual([
      { name: 'backup', scopes: ['partnership'] },
      { name: 'site', scopes: ['partnership', 'space'] },
      { name: 'markdown', scopes: ['partnership', 'space'] },
    ]);
    expect(overview.body.jobs.map((listed) => listed.id)).toEqual([job.id]);
    // A teacher exports the spaces they look after, never the whole partnership.
    const teacher = await getJson<ExportOverview>(server.url, `/api/partnerships/${pid}/exports`, people.carmen.cookie);
    expect(teacher.status).toBe(200);
    expect(teacher.body.formats).toEqual([
      { name: 'site', scopes: ['space'] },
      { name: 'markdown', scopes: ['space'] },
    ]);
    for (const name of ['janis', 'guest'] as const) {
      expect((await getJson(server.url, `/api/partnerships/${pid}/exports`, people[name].cookie)).status, name).toBe(403);
    }
    expect((await getJson(server.url, `/api/partnerships/${pid}/exports`, other.bea.cookie)).status).toBe(404);
    expect((await getJson(server.url, `/api/partnerships/${pid}/exports`)).status).toBe(401);
    expect((await getJson<Partnership>(server.url, `/api/partnerships/${pid}`, people.ilze.cookie)).body.canExport).toBe(true);
    expect((await getJson<Partnership>(server.url, `/api/partnerships/${pid}`, people.carmen.cookie)).body.canExport).toBe(false);
  });

  it('refuses to start one for teachers, pupils, guests and other partnerships; checks format and scope', async () => {
    const start = (cookie: string | undefined, body: unknown) => sendJson<{ field?: string }>(server.url, 'POST', `/api/partnerships/${pid}/exports`, { cookie, body });
    for (const name of ['carmen', 'janis', 'guest'] as const) expect((await start(people[name].cookie, { format: 'backup' })).status, name).toBe(403);
    expect((await start(other.bea.cookie, { format: 'backup' })).status).toBe(404);
    expect((await start(undefined, { format: 'backup' })).status).toBe(401);
    expect(await start(people.ilze.cookie, { format: 'website' })).toMatchObject({ status: 400, body: { field: 'format' } });
    const spaces = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', people.ilze.cookie)).body;
    // A backup is of a whole partnership: one space is for formats that render (a website, Markdown).
    expect(await start(people.ilze.cookie, { format: 'backup', spaceId: spaces[0]!.id })).toMatchObject({ status: 400, body: { field: 'spaceId' } });
    expect((await start(people.carmen.cookie, { format: 'backup', spaceId: spaces[0]!.id })).status).toBe(400);
    expect((await start(people.ilze.cookie, { format: 'backup', spaceId: other.team.spaceId })).status).toBe(404);
  });

  it('gives the download to the person who made it only: other staff, pupils, guests and other partnerships get 404', async () => {
    const response = await fetch(`${server.url}${job.downloadUrl}`, { headers: { cookie: people.ilze.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=${job.fileName}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await readZip(Buffer.from(await response.arrayBuffer()))).has('manifest.json')).toBe(true);
    for (const cookie of [people.carmen.cookie, people.janis.cookie, people.guest.cookie, other.bea.cookie]) {
      expect((await fetch(`${server.url}${job.downloadUrl}`, { headers: { cookie } })).status).toBe(404);
      expect((await getJson(server.url, `/api/exports/${job.id}`, cookie)).status).toBe(404);
    }
    expect((await fetch(`${server.url}${job.downloadUrl}`)).status).toBe(401);
    expect((await getJson(server.url, '/api/exports/no-such-export/download', people.ilze.cookie)).status).toBe(404);
  });

  it('an archived partnership is still exported (exporting only reads)', async () => {
    await expectOk(sendJson(server.url, 'PATCH', `/api/partnerships/${pid}`, { cookie: people.ilze.cookie, body: { state: 'archived' } }), 'archive');
    try {
      const archived = await backupToFile(server.url, people.ilze.cookie, pid, `${server.dataDir}/archived.zip`);
      expect(archived.status).toBe('done');
    } finally {
      await expectOk(sendJson(server.url, 'PATCH', `/api/partnerships/${pid}`, { cookie: people.ilze.cookie, body: { state: 'active' } }), 'reactivate');
    }
  });

  it('the coordinator of the other partnership backs up theirs, and nothing of this one', async () => {
    const theirs = await finishedExport(server.url, other.bea.cookie, (await startBackup(server.url, other.bea.cookie, other.partnershipId)).id);
    const response = await fetch(`${server.url}${theirs.downloadUrl}`, { headers: { cookie: other.bea.cookie } });
    const entries = await readZip(Buffer.from(await response.arrayBuffer()));
    const users = JSON.parse(entries.get('tables/users.json')!.toString('utf8')) as { username: string }[];
    expect(users.map((user) => user.username)).toEqual(['beata@szkola.example.pl']);
    // Beata's invite was made by the instance administrator, who is in no partnership's backup.
    const invites = JSON.parse(entries.get('tables/invites.json')!.toString('utf8')) as { kind: string; created_by: string | null }[];
    expect(invites).toEqual([expect.objectContaining({ kind: 'coordinator', created_by: null })]);
  });
});
