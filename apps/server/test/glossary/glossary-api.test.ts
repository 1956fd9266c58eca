import type { AuditEntry, GlossaryList } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectControlClient, connected, type ControlClient } from '../support/control-client.js';
import { createSecondPartnership, expectOk, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { png } from '../uploads/picture-samples.js';
import { fetchFile, uploadPicture } from '../uploads/upload-client.js';
import { approveTerm, changeTerm, deleteTerm, glossaryOf, glossaryPicture, propose, proposed, words } from './glossary-client.js';

/**
 * The glossary over REST on a real server: the seeded terms, proposing (pupils and teachers),
 * approving, changing and deleting (teachers), what guests and other partnerships see, every
 * refusal with its field, pictures, the audit log and the live "changed" event.
 */
describe('the partnership glossary', () => {
  let server: TestServer;
  let pid: string;
  let ilze: LoggedIn, carmen: LoggedIn, janis: LoggedIn, lucia: LoggedIn, guest: LoggedIn;
  let other: SecondPartnership;
  const sockets: ControlClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    [ilze, carmen, janis, lucia, guest] = (await Promise.all(['ilze', 'carmen', 'janis', 'lucia', 'guest'].map((name) => login(server.url, name)))) as [
      LoggedIn,
      LoggedIn,
      LoggedIn,
      LoggedIn,
      LoggedIn,
    ];
    pid = ilze.me.partnershipId!;
    other = await createSecondPartnership(server);
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server?.stop();
  });

  it('starts with the demo’s approved terms, in every working language, in the partnership’s order', async () => {
    const list = await expectOk(glossaryOf(server.url, guest, pid), 'the glossary');
    expect(list.languages).toEqual(['en', 'lv', 'es', 'it', 'ro']);
    expect(words(list, 'en')).toEqual(['hello', 'town', 'name', 'beach', 'lunch']);
    expect(list.terms.every((term) => term.status === 'approved')).toBe(true);
    expect(Object.keys(list.terms[1]!.translations)).toEqual(['en', 'lv', 'es', 'it', 'ro']);
    expect(list.terms[1]!.translations.lv).toBe('pilsēta');
    expect(list.terms[1]!.createdBy?.displayName).toBe('Jānis');
    expect(list).toMatchObject({ canPropose: false, canModerate: false });
    expect((await expectOk(glossaryOf(server.url, janis, pid), 'as a pupil')).canPropose).toBe(true);
    expect(await expectOk(glossaryOf(server.url, carmen, pid), 'as a teacher')).toMatchObject({ canPropose: true, canModerate: true });
  });

  it('a pupil proposes a term; everyone but guests sees the proposal, and only teachers may approve it', async () => {
    const term = await proposed(server.url, janis, pid, { lv: '  upe ', en: 'river', es: 'río' });
    expect(term).toMatchObject({ status: 'proposed', translations: { en: 'river', lv: 'upe', es: 'río' }, canModerate: false, picture: null });
    expect(Object.keys(term.translations)).toEqual(['en', 'lv', 'es']);

    expect(words(await expectOk(glossaryOf(server.url, lucia, pid), 'as Lucía'), 'en')).toContain('river');
    expect(words(await expectOk(glossaryOf(server.url, guest, pid), 'as the guest'), 'en')).not.toContain('river');
    // A proposal is not the guest's to know of, even by its id.
    expect((await approveTerm(server.url, guest, term.id)).status).toBe(404);
    expect((await changeTerm(server.url, guest, term.id, { translations: { en: 'x' } })).status).toBe(404);

    // Pupils propose; they neither approve, change nor delete.
    expect((await approveTerm(server.url, lucia, term.id)).status).toBe(403);
    expect((await changeTerm(server.url, janis, term.id, { translations: { en: 'stream' } })).status).toBe(403);
    expect((await deleteTerm(server.url, janis, term.id)).status).toBe(403);
    // Nor may a pupil add a term already approved.
    expect((await propose(server.url, janis, pid, { translations: { en: 'bridge' }, approve: true })).status).toBe(403);

    const approved = await expectOk(approveTerm(server.url, carmen, term.id), 'approve');
    expect(approved).toMatchObject({ status: 'approved', canModerate: true });
    // Approving again changes nothing.
    expect((await expectOk(approveTerm(server.url, ilze, term.id), 'approve again')).updatedAt).toBe(approved.updatedAt);
    expect(words(await expectOk(glossaryOf(server.url, guest, pid), 'as the guest'), 'en')).toContain('river');

    const audit = await expectOk(getJson<AuditEntry[]>(server.url, `/api/partnerships/${pid}/audit`, ilze.cookie), 'the audit log');
    expect(audit.filter((entry) => entry.action === 'glossary.approve').map((entry) => entry.targetId)).toEqual([term.id]);
  });

  it('teachers change and delete terms, and add their own already approved', async () => {
    const term = await expectOk(propose(server.url, carmen, pid, { translations: { es: 'puente', en: 'brige' }, approve: true }), 'a teacher adds a term');
    expect(term.status).toBe('approved');
    const fixed = await expectOk(changeTerm(server.url, ilze, term.id, { translations: { en: 'bridge', es: 'puente', lv: 'tilts' } }), 'fix a typo');
    expect(fixed.translations).toEqual({ en: 'bridge', lv: 'tilts', es: 'puente' });
    expect(fixed.status).toBe('approved');
    // Sending what is there already changes nothing.
    const same = await expectOk(changeTerm(server.url, ilze, term.id, { translations: { es: 'puente', en: 'bridge', lv: 'tilts' } }), 'the same again');
    expect(same.updatedAt).toBe(fixed.updatedAt);

    expect((await deleteTerm(server.url, carmen, term.id)).status).toBe(204);
    expect(words(await expectOk(glossaryOf(server.url, carmen, pid), 'after deleting'), 'en')).not.toContain('bridge');
    expect((await deleteTerm(server.url, carmen, term.id)).status).toBe(404);
    const audit = await expectOk(getJson<AuditEntry[]>(server.url, `/api/partnerships/${pid}/audit`, ilze.cookie), 'the audit log');
    expect(audit.filter((entry) => entry.targetId === term.id).map((entry) => entry.action)).toEqual(['glossary.delete', 'glossary.update', 'glossary.approve']);
  });

  it('refuses what is not a term, naming the field', async () => {
    const refusal = async (body: unknown) => {
      const { status, body: answer } = await propose(server.url, janis, pid, body);
      return { status, code: answer.code, field: answer.field, problem: answer.problem?.kind };
    };
    // Each refusal says what is wrong in no words too (`problem`), for the web app to say in the reader's language.
    const refused = (field: string, problem: string) => ({ status: 400, code: 'invalid_request', field, problem });
    expect(await refusal({ translations: {} })).toEqual(refused('translations', 'invalid'));
    expect(await refusal({ translations: { en: '   ' } })).toEqual(refused('translations.en', 'required'));
    expect(await refusal({ translations: { en: 'x'.repeat(81) } })).toEqual(refused('translations.en', 'too_long'));
    expect(await refusal({ translations: { English: 'tree' } })).toEqual(refused('translations.English', 'invalid'));
    // German is a language, but not one the partnership works in.
    expect(await refusal({ translations: { de: 'Baum' } })).toEqual(refused('translations.de', 'not_in_partnership'));
    // The same word again, whatever its case and accents: a conflict, naming the language.
    expect(await refusal({ translations: { lv: 'PILSETA' } })).toEqual({ status: 409, code: 'conflict', field: 'translations.lv', problem: undefined });
    expect(await refusal({ translations: { en: 'tree' }, pictureUploadId: 'not-a-picture', pictureAlt: 'A tree' })).toEqual(
      refused('pictureUploadId', 'not_in_partnership'),
    );
    const picture = await expectOk(glossaryPicture(server.url, janis, pid, await png(400, 300)), 'a picture');
    expect(await refusal({ translations: { en: 'tree' }, pictureUploadId: picture.id })).toEqual(refused('pictureAlt', 'picture_needs_description'));
    // A picture of another partnership is not this one's to use.
    const foreign = await expectOk(uploadPicture<{ id: string }>(server.url, other.team.spaceId, await png(200, 200), { cookie: other.bea.cookie }), 'B’s picture');
    expect(await refusal({ translations: { en: 'tree' }, pictureUploadId: foreign.id, pictureAlt: 'A tree' })).toEqual(
      refused('pictureUploadId', 'not_in_partnership'),
    );
    expect((await glossaryOf(server.url, janis, pid)).body.terms.some((term) => term.translations.en === 'tree')).toBe(false);
  });

  it('takes a picture with its description, uploaded by a pupil, served to members only', async () => {
    const picture = await expectOk(glossaryPicture(server.url, lucia, pid, await png(900, 600)), 'Lucía’s picture');
    expect(picture.variants.map((variant) => variant.width)).toEqual([320, 640, 900]);
    const term = await expectOk(
      propose(server.url, lucia, pid, { translations: { es: 'faro', en: 'lighthouse' }, pictureUploadId: picture.id, pictureAlt: 'A white lighthouse' }),
      'propose with a picture',
    );
    expect(term).toMatchObject({ picture: { id: picture.id }, pictureAlt: 'A white lighthouse' });
    expect((await fetchFile(server.url, picture.variants[0]!.url, guest.cookie)).status).toBe(200);
    expect((await fetchFile(server.url, picture.variants[0]!.url, other.bea.cookie)).status).toBe(404);
    // Taking the picture away takes its description too.
    const without = await expectOk(changeTerm(server.url, carmen, term.id, { pictureUploadId: null }), 'remove the picture');
    expect(without).toMatchObject({ picture: null, pictureAlt: '' });
    // Given back without words, it is refused: the description went with it.
    expect((await changeTerm(server.url, carmen, term.id, { pictureUploadId: picture.id })).body).toMatchObject({
      code: 'invalid_request',
      field: 'pictureAlt',
      problem: { kind: 'picture_needs_description' },
    });

    // Guests bring no pictures, nor does anyone outside the partnership; nobody signed out.
    expect((await glossaryPicture(server.url, guest, pid, await png(100, 100))).status).toBe(403);
    expect((await glossaryPicture(server.url, other.bea, pid, await png(100, 100))).status).toBe(404);
    expect((await glossaryPicture(server.url, null, pid, await png(100, 100))).status).toBe(401);
  });

  it('is nothing to another partnership: its glossary, terms and pictures are not found', async () => {
    const term = (await expectOk(glossaryOf(server.url, ilze, pid), 'A’s glossary')).terms[0]!;
    expect((await glossaryOf(server.url, other.bea, pid)).status).toBe(404);
    expect((await propose(server.url, other.bea, pid, { translations: { en: 'sea' } })).status).toBe(404);
    expect((await approveTerm(server.url, other.bea, term.id)).status).toBe(404);
    expect((await changeTerm(server.url, other.bea, term.id, { translations: { en: 'sea' } })).status).toBe(404);
    expect((await deleteTerm(server.url, other.bea, term.id)).status).toBe(404);
    // Their own glossary is theirs (and empty), in their schools' languages while they have set none.
    const theirs = await expectOk(glossaryOf(server.url, other.bea, other.partnershipId), 'B’s glossary');
    expect(theirs.terms).toEqual([]);
    expect(theirs.canModerate).toBe(true);
    expect((await sendJson(server.url, 'GET', `/api/partnerships/${pid}/glossary`)).status).toBe(401);
  });

  it('tells every open page of the partnership that the glossary changed, and no one else', async () => {
    const pupil = connectControlClient(server.url, { cookie: lucia.cookie });
    const guestSocket = connectControlClient(server.url, { cookie: guest.cookie });
    const outsider = connectControlClient(server.url, { cookie: other.bea.cookie });
    sockets.push(pupil, guestSocket, outsider);
    await Promise.all([pupil, guestSocket, outsider].map(connected));
    const overheard: unknown[] = [];
    outsider.on('glossary:changed', (event) => overheard.push(event));
    const told = Promise.all([pupil, guestSocket].map((socket) => new Promise((resolve) => socket.once('glossary:changed', resolve))));

    await proposed(server.url, janis, pid, { en: 'school', lv: 'skola' });
    expect(await told).toEqual([{ partnershipId: pid }, { partnershipId: pid }]);
    expect(overheard).toEqual([]);
  });

  it('is read-only for everyone once the partnership is archived', async () => {
    const term = (await expectOk(glossaryOf(server.url, ilze, pid), 'the glossary')).terms[0]!;
    await expectOk(sendJson(server.url, 'PATCH', `/api/partnerships/${pid}`, { cookie: ilze.cookie, body: { state: 'archived' } }), 'archive');
    try {
      const list = await expectOk(glossaryOf(server.url, carmen, pid), 'read while archived');
      expect(list).toMatchObject({ canPropose: false, canModerate: false });
      expect(list.terms.length).toBeGreaterThan(0);
      expect((await propose(server.url, janis, pid, { translations: { en: 'forest' } })).status).toBe(403);
      expect((await changeTerm(server.url, ilze, term.id, { translations: { en: 'hi' } })).status).toBe(403);
      expect((await deleteTerm(server.url, ilze, term.id)).status).toBe(403);
      expect((await glossaryPicture(server.url, janis, pid, await png(100, 100))).status).toBe(403);
    } finally {
      await expectOk(sendJson(server.url, 'PATCH', `/api/partnerships/${pid}`, { cookie: ilze.cookie, body: { state: 'active' } }), 'bring it back');
    }
    const list: GlossaryList = await expectOk(glossaryOf(server.url, ilze, pid), 'after');
    expect(list.canModerate).toBe(true);
  });
});
