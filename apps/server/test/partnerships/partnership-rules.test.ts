import type { CreatedPartnership, Invite, Me, Partnership, SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from '../support/admin-account.js';
import { firstWords, getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { readStoredText } from '../support/stored-document.js';
import { writerFlushed } from '../support/edit-probe.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const tokenOf = (invite: Invite) => invite.path.replace('/join/', '');

/** Who may do what with partnerships and invites, and what bad input gets back. */
describe('partnership and invite rules', () => {
  let server: TestServer;
  let url: string;
  let admin: LoggedIn;
  let ilze: LoggedIn;
  let carmen: LoggedIn;
  let demoId: string;

  beforeAll(async () => {
    server = await startTestServer();
    url = server.url;
    [admin, ilze, carmen] = await Promise.all([createAdmin(server, 'rules-admin'), login(url, 'ilze'), login(url, 'carmen')]);
    demoId = ilze.me.partnershipId!;
  });
  afterAll(() => server?.stop());

  it('only the instance administrator reaches the admin routes', async () => {
    for (const who of [ilze, carmen, await login(url, 'janis'), await login(url, 'guest')]) {
      expect((await getJson(url, '/api/admin/partnerships', who.cookie)).status).toBe(403);
      const post = await sendJson(url, 'POST', '/api/admin/partnerships', { cookie: who.cookie, body: { title: 'Sneaky one' } });
      expect(post).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    }
    expect((await getJson(url, '/api/admin/partnerships')).status).toBe(401);
    const list = await getJson<{ title: string }[]>(url, '/api/admin/partnerships', admin.cookie);
    expect(list.body.map((entry) => entry.title)).toEqual(['Together in our diversity']);
  });

  it('validation errors name the field', async () => {
    const create = (body: unknown) => sendJson(url, 'POST', '/api/admin/partnerships', { cookie: admin.cookie, body });
    expect(await create({ title: 'Ok title', startDate: '2027-05-01', endDate: '2027-01-01' })).toMatchObject({
      status: 400,
      body: { code: 'invalid_request', field: 'endDate', problem: { kind: 'ends_before_start' } },
    });
    expect(await create({ title: 'Ok title', startDate: '1 May 2027' })).toMatchObject({ status: 400, body: { field: 'startDate' } });
    expect(await create({ title: '' })).toMatchObject({ status: 400, body: { field: 'title' } });

    const invite = (body: unknown) => sendJson(url, 'POST', `/api/partnerships/${demoId}/invites`, { cookie: ilze.cookie, body });
    expect(await invite({ kind: 'school', school: { name: 'Liceo', city: 'Roma', country: 'Italy' } })).toMatchObject({
      status: 400,
      body: { field: 'school.country', error: expect.stringContaining('two-letter country code') },
    });
    expect(await invite({ kind: 'guest', label: 'Parents', days: 0 })).toMatchObject({ status: 400, body: { field: 'days' } });
    expect(await invite({ kind: 'guest', label: '', days: 3 })).toMatchObject({ status: 400, body: { field: 'label' } });
    expect(await invite({ kind: 'party' })).toMatchObject({ status: 400, body: { code: 'invalid_request' } });

    const patch = (body: unknown) => sendJson(url, 'PATCH', `/api/partnerships/${demoId}`, { cookie: ilze.cookie, body });
    expect(await patch({ licence: 'all-rights-reserved' })).toMatchObject({ status: 400, body: { field: 'licence' } });
    expect(await patch({ languages: [] })).toMatchObject({ status: 400, body: { field: 'languages' } });
    expect(await patch({ languages: ['English'] })).toMatchObject({ status: 400, body: { field: 'languages.0' } });

    const school = await invite({ kind: 'school', school: { name: 'Liceo Roma', city: 'Roma', country: 'IT' } });
    const accept = (body: unknown) => sendJson(url, 'POST', `/api/invites/${tokenOf(school.body as Invite)}/accept`, { body });
    expect(await accept({ displayName: 'Paola', email: 'paola@liceo.example.it', password: 'short' })).toMatchObject({
      status: 400,
      body: { field: 'password', error: expect.stringContaining('at least 10 characters') },
    });
    expect(await accept({ displayName: 'Paola', email: 'not-an-email', password: 'long enough pass' })).toMatchObject({
      status: 400,
      body: { field: 'email' },
    });
    expect(await accept({ displayName: 'Paola', password: 'long enough pass' })).toMatchObject({ status: 400, body: { field: 'email' } });
    expect(await accept({ displayName: 'Paola', email: 'paola@liceo.example.it' })).toMatchObject({ status: 400, body: { field: 'password' } });
    expect(await accept({ displayName: '<script>', email: 'paola@liceo.example.it', password: 'long enough pass' })).toMatchObject({
      status: 400,
      body: { field: 'displayName' },
    });
    // The refused attempts made nothing: the same e-mail is still free.
    expect((await accept({ displayName: 'Paola', email: 'paola@liceo.example.it', password: 'long enough pass' })).status).toBe(200);
  });

  it('the coordinator invite needs the coordinator’s school', async () => {
    const created = await sendJson<CreatedPartnership>(url, 'POST', '/api/admin/partnerships', {
      cookie: admin.cookie,
      body: { title: 'Schools without walls' },
    });
    const token = tokenOf(created.body.invite);
    const accept = (body: unknown) => sendJson(url, 'POST', `/api/invites/${token}/accept`, { body });
    const base = { displayName: 'Ona', email: 'ona@escola.example.cat', password: 'long enough pass' };
    expect(await accept(base)).toMatchObject({ status: 400, body: { field: 'school' } });
    expect(await accept({ ...base, school: { name: 'Escola', city: 'Girona', country: 'ESP' } })).toMatchObject({
      status: 400,
      body: { field: 'school.country' },
    });
    // Nothing was made by the failed attempts: the link still works once.
    expect((await accept({ ...base, school: { name: 'Escola Girona', city: 'Girona', country: 'ES' } })).status).toBe(200);
  });

  it('non-members get 404 on a partnership and its invites; pupils 403 on invites', async () => {
    const created = await sendJson<CreatedPartnership>(url, 'POST', '/api/admin/partnerships', {
      cookie: admin.cookie,
      body: { title: 'Somebody else’s partnership' },
    });
    const otherId = created.body.partnership.id;
    expect(await getJson(url, `/api/partnerships/${otherId}`, ilze.cookie)).toMatchObject({ status: 404, body: { code: 'not_found' } });
    expect((await sendJson(url, 'PATCH', `/api/partnerships/${otherId}`, { cookie: ilze.cookie, body: { title: 'Taken over' } })).status).toBe(404);
    expect((await getJson(url, `/api/partnerships/${otherId}/invites`, ilze.cookie)).status).toBe(404);
    const post = await sendJson(url, 'POST', `/api/partnerships/${otherId}/invites`, {
      cookie: ilze.cookie,
      body: { kind: 'guest', label: 'x', days: 1 },
    });
    expect(post.status).toBe(404);
    // Someone else's link cannot be taken back either (nor is it admitted to exist).
    expect((await sendJson(url, 'DELETE', `/api/invites/${created.body.invite.id}`, { cookie: ilze.cookie })).status).toBe(404);
    expect((await getJson(url, '/api/partnerships/no-such-id', ilze.cookie)).status).toBe(404);

    const janis = await login(url, 'janis');
    expect((await getJson(url, `/api/partnerships/${demoId}`, janis.cookie)).body).toMatchObject({ role: 'pupil', canManage: false });
    expect((await getJson(url, `/api/partnerships/${demoId}/invites`, janis.cookie)).status).toBe(403);
    const pupilLink = await sendJson(url, 'POST', `/api/partnerships/${demoId}/invites`, {
      cookie: janis.cookie,
      body: { kind: 'guest', label: 'My mum', days: 2 },
    });
    expect(pupilLink.status).toBe(403);
  });

  it('unknown and malformed tokens are invite_invalid, with a clear message', async () => {
    for (const token of ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'short', '..%2F..%2Fetc']) {
      expect(await getJson(url, `/api/invites/${token}`)).toMatchObject({
        status: 404,
        body: { code: 'invite_invalid', error: expect.stringContaining('does not exist') },
      });
    }
    const accept = await sendJson(url, 'POST', '/api/invites/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/accept', { body: { displayName: 'Nobody' } });
    expect(accept).toMatchObject({ status: 404, body: { code: 'invite_invalid' } });
  });

  it('accepting while signed in replaces the old session on this browser', async () => {
    const link = await sendJson<Invite>(url, 'POST', `/api/partnerships/${demoId}/invites`, {
      cookie: carmen.cookie,
      body: { kind: 'guest', label: 'Carmen’s sister', days: 2 },
    });
    const marco = await login(url, 'marco');
    const accepted = await fetch(`${url}/api/invites/${tokenOf(link.body)}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: marco.cookie },
      body: JSON.stringify({ displayName: 'Sofía' }),
    });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as Me).role).toBe('guest');
    expect((await getJson(url, '/api/me', marco.cookie)).status).toBe(401);
  });

  it('archiving makes the whole partnership read-only at once, open documents included, until it is reactivated', async () => {
    const janis = await login(url, 'janis');
    const doc = await firstWords(url, janis.cookie);
    const pupil = connectCollabClient(url, doc.docId, { cookie: janis.cookie });
    const teacher = connectCollabClient(url, doc.docId, { cookie: carmen.cookie });
    try {
      await Promise.all([pupil.synced(), teacher.synced()]);
      expect((await sendJson(url, 'PATCH', `/api/partnerships/${demoId}`, { cookie: carmen.cookie, body: { state: 'archived' } })).status).toBe(403);
      const archived = await sendJson<Partnership>(url, 'PATCH', `/api/partnerships/${demoId}`, { cookie: ilze.cookie, body: { state: 'archived' } });
      expect(archived.body).toMatchObject({ state: 'archived', canManage: false, canModerate: false });

      // Within moments the pupil's open connection is read-only: their words stay theirs alone.
      await waitFor(async () => (await getJson<SpaceSummary[]>(url, '/api/spaces', janis.cookie)).body.every((space) => !space.canEdit), {
        message: 'every space to be read-only',
      });
      pupil.appendParagraph('Written after the partnership ended');
      teacher.appendParagraph('Nor can teachers write any more');
      await Promise.all([writerFlushed(pupil, teacher), writerFlushed(teacher, pupil)]);
      await server.registry.queue.idle();
      const stored = await readStoredText(server.dataDir, doc.docId);
      expect(stored).not.toContain('Written after the partnership ended');
      expect(stored).not.toContain('Nor can teachers write');

      const spaces = await getJson<SpaceSummary[]>(url, '/api/spaces', ilze.cookie);
      expect(spaces.body.every((space) => !space.canEdit && space.items.every((item) => !item.canEdit))).toBe(true);
      expect((await sendJson(url, 'POST', `/api/spaces/${spaces.body[0]!.id}/items`, { cookie: ilze.cookie, body: { title: 'Late' } })).status).toBe(403);
      const guestLink = await sendJson(url, 'POST', `/api/partnerships/${demoId}/invites`, {
        cookie: ilze.cookie,
        body: { kind: 'guest', label: 'Late visitor', days: 1 },
      });
      expect(guestLink.status).toBe(403);
      const rename = await sendJson(url, 'PATCH', `/api/partnerships/${demoId}`, { cookie: ilze.cookie, body: { title: 'Renamed while archived' } });
      expect(rename).toMatchObject({ status: 403, body: { error: expect.stringContaining('archived') } });
      expect((await getJson<Partnership>(url, `/api/partnerships/${demoId}`, janis.cookie)).body.state).toBe('archived');

      const reactivated = await sendJson<Partnership>(url, 'PATCH', `/api/partnerships/${demoId}`, { cookie: ilze.cookie, body: { state: 'active' } });
      expect(reactivated.body).toMatchObject({ state: 'active', canManage: true });
      await waitFor(async () => (await firstWords(url, janis.cookie)).canEdit, { message: 'the team document to be writable again' });
    } finally {
      pupil.destroy();
      teacher.destroy();
    }
  });
});
