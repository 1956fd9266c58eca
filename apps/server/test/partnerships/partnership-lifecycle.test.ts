import path from 'node:path';
import type {
  CreatedPartnership,
  Invite,
  InvitePreview,
  ItemSummary,
  Me,
  Partnership,
  PartnershipSummary,
  SpaceSummary,
} from '@kopa/protocol';
import { CLOSE_CODES } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from '../support/admin-account.js';
import { getJson, login, sendJson } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { closed, openRawSocket, syncUrl } from '../support/raw-sync-socket.js';
import { readStoredText } from '../support/stored-document.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const tokenOf = (invite: Invite) => invite.path.replace('/join/', '');
const cookieOf = (headers: Headers) => (headers.get('set-cookie') ?? '').split(';')[0]!;

/** Opens an invite link as a stranger would and accepts it; returns the new account's session. */
async function join(url: string, invite: Invite, body: Record<string, unknown>) {
  const accepted = await sendJson<Me>(url, 'POST', `/api/invites/${tokenOf(invite)}/accept`, { body });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return { cookie: cookieOf(accepted.headers), me: accepted.body };
}

/**
 * The life of a new partnership, through the public API of a real server: the
 * administrator starts it, its coordinator joins and shapes it, a school's
 * teachers join, guests come and go with their links.
 */
describe('a partnership from its creation to its guests', () => {
  let server: TestServer;
  let url: string;
  let admin: { cookie: string };
  let created: CreatedPartnership;
  let pid: string;
  let coordinator: { cookie: string; me: Me };
  let schoolInvite: Invite;

  beforeAll(async () => {
    server = await startTestServer();
    url = server.url;
    admin = await createAdmin(server, 'instance-admin');
  });
  afterAll(() => server?.stop());

  it('the administrator creates a partnership with its space and a coordinator invite', async () => {
    const me = await getJson<Me>(url, '/api/me', admin.cookie);
    expect(me.body).toMatchObject({ isAdmin: true, partnershipId: null });

    const response = await sendJson<CreatedPartnership>(url, 'POST', '/api/admin/partnerships', {
      cookie: admin.cookie,
      body: { title: 'Rivers that connect us', referenceCode: '2026-1-LV01-KA220-SCH-000777', startDate: '2026-09-01', endDate: '2028-08-31' },
    });
    expect(response.status).toBe(201);
    created = response.body;
    pid = created.partnership.id;
    expect(created.partnership).toMatchObject({ title: 'Rivers that connect us', state: 'active', schoolCount: 0, coordinators: [] });
    expect(created.invite).toMatchObject({ kind: 'coordinator', partnershipId: pid, revoked: false, uses: 0, expiresAt: null });
    expect(tokenOf(created.invite)).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const list = await getJson<{ id: string; invites: Invite[] }[]>(url, '/api/admin/partnerships', admin.cookie);
    expect(list.body.find((entry) => entry.id === pid)?.invites.map((invite) => invite.id)).toEqual([created.invite.id]);
    // The administrator starts partnerships but is no member of them.
    expect((await getJson(url, `/api/partnerships/${pid}`, admin.cookie)).status).toBe(404);
  });

  it('anyone with the link sees what it invites to', async () => {
    const preview = await getJson<InvitePreview>(url, `/api/invites/${tokenOf(created.invite)}`);
    expect(preview).toEqual({
      status: 200,
      body: { kind: 'coordinator', partnershipTitle: 'Rivers that connect us', schoolName: null, label: '' },
    });
  });

  it('the coordinator joins with their e-mail and school, and is signed in at once', async () => {
    coordinator = await join(url, created.invite, {
      displayName: 'Inese',
      email: '  Inese.Berzina@Skola.example.LV ',
      password: 'riverside-2026',
      school: { name: 'Rīgas 1. vidusskola', city: 'Rīga', country: 'lv', languages: ['lv', 'en'] },
    });
    expect(coordinator.me).toMatchObject({
      username: 'inese.berzina@skola.example.lv',
      displayName: 'Inese',
      role: 'coordinator',
      country: 'LV',
      partnershipId: pid,
      isAdmin: false,
    });
    expect((await getJson<Me>(url, '/api/me', coordinator.cookie)).body.id).toBe(coordinator.me.id);

    const partnership = await getJson<Partnership>(url, `/api/partnerships/${pid}`, coordinator.cookie);
    expect(partnership.body).toMatchObject({ role: 'coordinator', canManage: true, canModerate: true, licence: 'CC-BY-SA-4.0' });
    expect(partnership.body.schools).toEqual([
      { id: coordinator.me.schoolId, name: 'Rīgas 1. vidusskola', city: 'Rīga', country: 'LV', languages: ['lv', 'en'] },
    ]);
    const mine = await getJson<PartnershipSummary[]>(url, '/api/partnerships', coordinator.cookie);
    expect(mine.body).toEqual([{ id: pid, title: 'Rivers that connect us', role: 'coordinator', state: 'active' }]);
    const spaces = await getJson<SpaceSummary[]>(url, '/api/spaces', coordinator.cookie);
    expect(spaces.body.map((space) => [space.kind, space.title, space.canEdit])).toEqual([['partnership', 'Rivers that connect us', true]]);
  });

  it('the coordinator invite works once only', async () => {
    const again = await sendJson(url, 'POST', `/api/invites/${tokenOf(created.invite)}/accept`, {
      body: { displayName: 'Mallory', email: 'mallory@example.org', password: 'a long password', school: { name: 'Elsewhere', city: 'X', country: 'FR' } },
    });
    expect(again).toMatchObject({ status: 404, body: { code: 'invite_invalid', error: expect.stringContaining('already been used') } });
    const list = await getJson<{ id: string; coordinators: string[]; invites: Invite[] }[]>(url, '/api/admin/partnerships', admin.cookie);
    expect(list.body.find((entry) => entry.id === pid)).toMatchObject({ coordinators: ['Inese'], invites: [{ uses: 1 }] });
  });

  it('the coordinator edits the partnership, and its space follows the new title', async () => {
    const response = await sendJson<Partnership>(url, 'PATCH', `/api/partnerships/${pid}`, {
      cookie: coordinator.cookie,
      body: {
        title: 'Rivers that unite us',
        themes: ['water', 'environment', 'local history'],
        languages: ['en', 'lv', 'pt'],
        licence: 'CC-BY-4.0',
        endDate: '2028-06-30',
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      title: 'Rivers that unite us',
      referenceCode: '2026-1-LV01-KA220-SCH-000777',
      startDate: '2026-09-01',
      endDate: '2028-06-30',
      themes: ['water', 'environment', 'local history'],
      languages: ['en', 'lv', 'pt'],
      licence: 'CC-BY-4.0',
    });
    const spaces = await getJson<SpaceSummary[]>(url, '/api/spaces', coordinator.cookie);
    expect(spaces.body[0]?.title).toBe('Rivers that unite us');
    // A change that only fits with the kept date is checked against it.
    const backwards = await sendJson(url, 'PATCH', `/api/partnerships/${pid}`, { cookie: coordinator.cookie, body: { endDate: '2026-01-01' } });
    expect(backwards).toMatchObject({
      status: 400,
      body: { code: 'invalid_request', field: 'endDate', problem: { kind: 'ends_before_start' } },
    });
  });

  it('the coordinator invites a school: it is listed at once, and its teachers join with the one link', async () => {
    const response = await sendJson<Invite>(url, 'POST', `/api/partnerships/${pid}/invites`, {
      cookie: coordinator.cookie,
      body: { kind: 'school', school: { name: 'Escola Básica de Porto', city: 'Porto', country: 'PT', languages: ['pt', 'en'] } },
    });
    expect(response.status).toBe(201);
    schoolInvite = response.body;
    expect(schoolInvite).toMatchObject({ kind: 'school', label: 'Escola Básica de Porto', expiresAt: null, uses: 0 });
    const partnership = await getJson<Partnership>(url, `/api/partnerships/${pid}`, coordinator.cookie);
    expect(partnership.body.schools.map((school) => school.country)).toEqual(['LV', 'PT']);
    expect(schoolInvite.schoolId).toBe(partnership.body.schools[1]!.id);

    const preview = await getJson<InvitePreview>(url, `/api/invites/${tokenOf(schoolInvite)}`);
    expect(preview.body).toEqual({ kind: 'school', partnershipTitle: 'Rivers that unite us', schoolName: 'Escola Básica de Porto', label: 'Escola Básica de Porto' });

    const joana = await join(url, schoolInvite, { displayName: 'Joana', email: 'joana@escola.example.pt', password: 'douro-river-1' });
    expect(joana.me).toMatchObject({ role: 'teacher', schoolId: schoolInvite.schoolId, country: 'PT', partnershipId: pid });
    const rui = await join(url, schoolInvite, { displayName: 'Rui', email: 'rui@escola.example.pt', password: 'douro-river-2' });
    expect(rui.me.role).toBe('teacher');
    const teacherView = await getJson<Partnership>(url, `/api/partnerships/${pid}`, joana.cookie);
    expect(teacherView.body).toMatchObject({ role: 'teacher', canManage: false, canModerate: true });

    // Later, on another device: the e-mail is the username, in any case.
    const later = await login(url, 'Joana@Escola.example.PT', 'douro-river-1');
    expect(later.me.id).toBe(joana.me.id);

    const invites = await getJson<Invite[]>(url, `/api/partnerships/${pid}/invites`, joana.cookie);
    expect(invites.body.find((invite) => invite.id === schoolInvite.id)?.uses).toBe(2);
  });

  it('refuses a second account for the same e-mail with 409', async () => {
    const twice = await sendJson(url, 'POST', `/api/invites/${tokenOf(schoolInvite)}/accept`, {
      body: { displayName: 'Joana', email: 'JOANA@escola.example.pt', password: 'another-password' },
    });
    expect(twice).toMatchObject({
      status: 409,
      body: { code: 'conflict', field: 'email', error: 'This e-mail already has an account — log in instead.' },
    });
  });

  it('a teacher may not change the partnership or invite schools, but may make guest links', async () => {
    const joana = await login(url, 'joana@escola.example.pt', 'douro-river-1');
    expect((await sendJson(url, 'PATCH', `/api/partnerships/${pid}`, { cookie: joana.cookie, body: { title: 'Mine now' } })).status).toBe(403);
    const school = await sendJson(url, 'POST', `/api/partnerships/${pid}/invites`, {
      cookie: joana.cookie,
      body: { kind: 'school', school: { name: 'Another school', city: 'Braga', country: 'PT' } },
    });
    expect(school.status).toBe(403);
    const guestLink = await sendJson<Invite>(url, 'POST', `/api/partnerships/${pid}/invites`, {
      cookie: joana.cookie,
      body: { kind: 'guest', label: 'Parents of 7B', days: 7 },
    });
    expect(guestLink.status).toBe(201);
    // Only its maker or the coordinator takes a link back.
    const rui = await login(url, 'rui@escola.example.pt', 'douro-river-2');
    expect((await sendJson(url, 'DELETE', `/api/invites/${guestLink.body.id}`, { cookie: rui.cookie })).status).toBe(403);
    expect((await sendJson<Invite>(url, 'DELETE', `/api/invites/${guestLink.body.id}`, { cookie: joana.cookie })).body.revoked).toBe(true);
  });

  describe('guests', () => {
    let guestLink: Invite;
    let guest: { cookie: string; me: Me };
    let item: ItemSummary;

    beforeAll(async () => {
      const spaces = await getJson<SpaceSummary[]>(url, '/api/spaces', coordinator.cookie);
      const created = await sendJson<ItemSummary>(url, 'POST', `/api/spaces/${spaces.body[0]!.id}/items`, {
        cookie: coordinator.cookie,
        body: { title: 'Our rivers' },
      });
      item = created.body;
      const link = await sendJson<Invite>(url, 'POST', `/api/partnerships/${pid}/invites`, {
        cookie: coordinator.cookie,
        body: { kind: 'guest', label: 'The evaluator', days: 1 },
      });
      expect(link.status).toBe(201);
      guestLink = link.body;
    });

    it('a guest link lasts the days it was made for, and its guest gives only a name', async () => {
      const now = Date.now();
      expect(guestLink.expiresAt).toBeGreaterThan(now + 23 * 3600_000);
      expect(guestLink.expiresAt).toBeLessThanOrEqual(now + 24 * 3600_000);
      const preview = await getJson<InvitePreview>(url, `/api/invites/${tokenOf(guestLink)}`);
      expect(preview.body).toMatchObject({ kind: 'guest', label: 'The evaluator', schoolName: null });

      guest = await join(url, guestLink, { displayName: 'Evaluator' });
      expect(guest.me).toMatchObject({ role: 'guest', displayName: 'Evaluator', schoolId: null, country: null, partnershipId: pid });
      expect(guest.me.username).toMatch(/^guest-[a-z2-9]{8}$/);
      const view = await getJson<Partnership>(url, `/api/partnerships/${pid}`, guest.cookie);
      expect(view.body).toMatchObject({ role: 'guest', canManage: false, canModerate: false });
      expect((await getJson(url, `/api/partnerships/${pid}/invites`, guest.cookie)).status).toBe(403);
    });

    it('the guest reads the partnership’s document live but cannot change it', async () => {
      const guestClient = connectCollabClient(url, item.docId, { cookie: guest.cookie });
      const coordinatorClient = connectCollabClient(url, item.docId, { cookie: coordinator.cookie });
      try {
        await Promise.all([guestClient.synced(), coordinatorClient.synced()]);
        coordinatorClient.appendParagraph('Rivers carry stories');
        await waitFor(() => guestClient.text().includes('Rivers carry stories'), { message: 'the coordinator’s words to reach the guest' });
        // The guest's edit is refused at once: the connection closes with 4409.
        const refused = new Promise<number>((resolve) => guestClient.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
        guestClient.appendParagraph('A guest should not be able to write this');
        expect(await refused).toBe(CLOSE_CODES.refusedEdits);
        expect(coordinatorClient.text()).not.toContain('A guest should not');
        await server.registry.queue.idle();
        const stored = await readStoredText(server.dataDir, item.docId);
        expect(stored).toContain('Rivers carry stories');
        expect(stored).not.toContain('A guest should not');
      } finally {
        guestClient.destroy();
        coordinatorClient.destroy();
      }
      const write = await sendJson(url, 'POST', `/api/spaces/${(await getJson<SpaceSummary[]>(url, '/api/spaces', guest.cookie)).body[0]!.id}/items`, {
        cookie: guest.cookie,
        body: { title: 'Guest notes' },
      });
      expect(write.status).toBe(403);
    });

    it('when the link expires, the link and its guest are gone', async () => {
      const db = new Database(path.join(server.dataDir, 'kopa.db'));
      try {
        const past = Date.now() - 1000;
        db.prepare('UPDATE invites SET expires_at = ? WHERE id = ?').run(past, guestLink.id);
        db.prepare('UPDATE users SET expires_at = ? WHERE id = ?').run(past, guest.me.id);
      } finally {
        db.close();
      }
      expect(await getJson(url, `/api/invites/${tokenOf(guestLink)}`)).toMatchObject({
        status: 404,
        body: { code: 'invite_invalid', error: expect.stringContaining('expired') },
      });
      expect((await getJson(url, '/api/me', guest.cookie)).status).toBe(401);
      expect((await getJson(url, `/api/partnerships/${pid}`, guest.cookie)).status).toBe(401);
      const invites = await getJson<Invite[]>(url, `/api/partnerships/${pid}/invites`, coordinator.cookie);
      expect(invites.body.find((invite) => invite.id === guestLink.id)).toMatchObject({ revoked: false, uses: 1 });
    });

    it('revoking a guest link ends its guests at once, open documents included', async () => {
      const link = (
        await sendJson<Invite>(url, 'POST', `/api/partnerships/${pid}/invites`, {
          cookie: coordinator.cookie,
          body: { kind: 'guest', label: 'Parents evening', days: 30 },
        })
      ).body;
      const parent = await join(url, link, { displayName: 'Maria' });
      const socket = await openRawSocket(syncUrl(url, item.docId), { cookie: parent.cookie });
      const ended = closed(socket);

      const revoked = await sendJson<Invite>(url, 'DELETE', `/api/invites/${link.id}`, { cookie: coordinator.cookie });
      expect(revoked).toMatchObject({ status: 200, body: { id: link.id, revoked: true, uses: 1 } });
      expect((await ended).code).toBe(CLOSE_CODES.sessionEnded);
      expect((await getJson(url, '/api/me', parent.cookie)).status).toBe(401);
      expect(await getJson(url, `/api/invites/${tokenOf(link)}`)).toMatchObject({
        status: 404,
        body: { code: 'invite_invalid', error: expect.stringContaining('withdrawn') },
      });
    });
  });

  it('a revoked school link lets no more teachers in, and keeps those who joined', async () => {
    const revoked = await sendJson<Invite>(url, 'DELETE', `/api/invites/${schoolInvite.id}`, { cookie: coordinator.cookie });
    expect(revoked.body.revoked).toBe(true);
    const late = await sendJson(url, 'POST', `/api/invites/${tokenOf(schoolInvite)}/accept`, {
      body: { displayName: 'Pedro', email: 'pedro@escola.example.pt', password: 'too-late-now' },
    });
    expect(late).toMatchObject({ status: 404, body: { code: 'invite_invalid' } });
    expect((await login(url, 'joana@escola.example.pt', 'douro-river-1')).me.role).toBe('teacher');
  });
});
