import type { CreatedPartnership, Me, Team } from '@kopa/protocol';
import { sendJson, type LoggedIn } from './api-client.js';
import { createAdmin } from './admin-account.js';
import type { TestServer } from './test-server.js';

export interface SecondPartnership {
  partnershipId: string;
  title: string;
  /** Beata, its coordinator, of a school in Kraków. */
  bea: LoggedIn;
  schoolId: string;
  /** A team "Bridges" (Beata alone in it), with its space. */
  team: Team;
}

/** Fails loudly when a setup call does not do what it should. */
export async function expectOk<T>(call: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await call;
  if (status < 200 || status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * A second partnership beside the demo one, made only through the public API as an
 * instance would make it: an administrator creates it, its coordinator joins through
 * the invite link with her school, and makes a team.
 */
export async function createSecondPartnership(server: TestServer): Promise<SecondPartnership> {
  const admin = await createAdmin(server, `admin-${Math.random().toString(36).slice(2, 8)}`);
  const created = await expectOk(
    sendJson<CreatedPartnership>(server.url, 'POST', '/api/admin/partnerships', {
      cookie: admin.cookie,
      body: { title: 'Bridges over the Vistula', referenceCode: '2026-1-PL01-KA220-SCH-000111' },
    }),
    'create the second partnership',
  );
  const token = created.invite.path.split('/').pop()!;
  const accepted = await sendJson<Me>(server.url, 'POST', `/api/invites/${token}/accept`, {
    body: {
      displayName: 'Beata',
      email: 'beata@szkola.example.pl',
      password: 'a long enough password',
      school: { name: 'Szkoła Podstawowa nr 7', city: 'Kraków', country: 'PL', languages: ['pl', 'en'] },
    },
  });
  if (accepted.status !== 200) throw new Error(`accept the coordinator invite: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  const bea: LoggedIn = { cookie: (accepted.headers.get('set-cookie') ?? '').split(';')[0]!, me: accepted.body };
  const partnershipId = created.partnership.id;
  const team = await expectOk(
    sendJson<Team>(server.url, 'POST', `/api/partnerships/${partnershipId}/teams`, {
      cookie: bea.cookie,
      body: { name: 'Bridges', memberIds: [bea.me.id] },
    }),
    'create a team in the second partnership',
  );
  return { partnershipId, title: created.partnership.title, bea, schoolId: bea.me.schoolId!, team };
}
