import type { PicturePeople, PupilConsent, UploadedImage } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, sendJson } from '../support/api-client.js';
import { expectOk } from '../support/second-partnership.js';
import {
  approve,
  auditActions,
  buildShowcaseWorld,
  createItem,
  mark,
  picture,
  publicPage,
  publicState,
  setConsent,
  switchShowcase,
  unmark,
  write,
  type ShowcaseWorld,
} from './showcase-world.js';

/**
 * Pictures and consent: a picture marked as showing a pupil without photo consent keeps its
 * item off the public (approving is refused, naming how many pictures), withdrawing a consent
 * takes an approved item off at once, and the public picture route serves only pictures of
 * items shown on that showcase.
 */
describe('the showcase, pictures and pupils’ consent', () => {
  let world: ShowcaseWorld;
  let slug: string;
  let beach: UploadedImage;
  let market: UploadedImage;
  let privatePicture: UploadedImage;
  const pictureUrl = (image: UploadedImage, width = image.variants[0]!.width) => `/showcase/${slug}/files/${image.id}/${width}.webp`;

  beforeAll(async () => {
    world = await buildShowcaseWorld();
    slug = (await switchShowcase(world, world.ilze, true)).body.slug!;
    [beach, market, privatePicture] = await Promise.all([picture(world, world.lucia), picture(world, world.lucia), picture(world, world.janis)]);
  }, 60_000);
  afterAll(() => world?.server.stop());

  it('who a picture shows: teachers mark any pupil, a pupil only themselves, and only teachers take a mark away', async () => {
    const url = `/api/uploads/${beach.id}/people`;
    expect(await expectOk(getJson<PicturePeople>(world.server.url, url, world.janis.cookie), 'read')).toMatchObject({
      people: [],
      canMarkOthers: false,
      canMarkSelf: true,
    });
    expect((await mark(world, world.janis, beach.id, world.lucia.me.id)).status).toBe(403);
    expect((await mark(world, world.guest, beach.id, world.guest.me.id)).status).toBe(403);
    // Only pupils are marked: adults decide for themselves.
    const teacher = await mark(world, world.carmen, beach.id, world.ilze.me.id);
    expect(teacher).toMatchObject({ status: 400, body: { code: 'invalid_request', field: 'userId', problem: { kind: 'invalid_choice' } } });
    const stranger = await mark(world, world.carmen, beach.id, 'no-such-person');
    expect(stranger).toMatchObject({ status: 400, body: { code: 'invalid_request', field: 'userId', problem: { kind: 'not_in_partnership' } } });

    const self = await mark(world, world.janis, beach.id, world.janis.me.id);
    expect(self.status).toBe(200);
    expect(self.body.people).toEqual([{ userId: world.janis.me.id, displayName: 'Jānis', country: 'LV', photoConsent: null, canUnmark: false }]);
    expect((await unmark(world, world.janis, beach.id, world.janis.me.id)).status).toBe(403);

    // A teacher of another school marks Lucía, sees who lacks photo consent, and takes Jānis's mark away.
    const marked = await mark(world, world.carmen, beach.id, world.lucia.me.id);
    expect(marked.body.people.map((person) => [person.displayName, person.photoConsent, person.canUnmark])).toEqual([
      ['Jānis', false, true],
      ['Lucía', false, true],
    ]);
    expect((await unmark(world, world.ilze, beach.id, world.janis.me.id)).body.people.map((person) => person.displayName)).toEqual(['Lucía']);

    // Someone of another partnership does not even learn the picture exists.
    expect((await getJson(world.server.url, `/api/uploads/${beach.id}/people`)).status).toBe(401);
    expect((await getJson(world.server.url, `/api/uploads/no-such-picture/people`, world.carmen.cookie)).status).toBe(404);

    const audit = await auditActions(world);
    expect(audit.filter((entry) => entry.action === 'picture.mark').map((entry) => entry.subject?.displayName)).toEqual(['Lucía', 'Jānis']);
    expect(audit.find((entry) => entry.action === 'picture.unmark')).toMatchObject({ actor: { displayName: 'Ilze' }, subject: { displayName: 'Jānis' } });
  });

  it('approval is refused while a picture shows a pupil without photo consent, naming how many', async () => {
    const story = await createItem(world, world.lucia, 'Market day in Gijón');
    await write(world, world.lucia, story.docId, [
      'The market on Saturday morning.',
      { picture: beach, alt: 'Lucía on the beach' },
      { picture: market, alt: 'The market stalls' },
      'We bought cheese.',
    ]);
    await mark(world, world.carmen, market.id, world.lucia.me.id);
    expect((await publicState(world, world.carmen, story.id)).picturesWithoutConsent).toBe(2);

    const refused = await approve(world, world.carmen, story.id);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('consent_missing');
    expect(refused.body.error).toContain('2 pictures show a pupil without photo consent');
    expect(await publicState(world, world.carmen, story.id)).toMatchObject({ approved: false, shown: false });
    expect((await publicPage(world, `/showcase/${slug}`)).html).not.toContain('Market day');

    // Lucía's teacher records her family's consent for photos: now it may go public, pictures included.
    expect((await setConsent(world, world.ilze, world.lucia.me.id, { photo: true })).status).toBe(403);
    const consent = await setConsent(world, world.carmen, world.lucia.me.id, { photo: true });
    expect(consent.body).toMatchObject({ userId: world.lucia.me.id, photo: true, publication: false, setBy: { displayName: 'Carmen' } });
    expect((await approve(world, world.carmen, story.id)).body).toMatchObject({ approved: true, shown: true, picturesWithoutConsent: 0 });

    const page = await publicPage(world, `/showcase/${slug}/items/${story.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(pictureUrl(beach));
    const served = await publicPage(world, pictureUrl(market));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('no-cache');
  });

  it('withdrawing a consent takes the item off the showcase at once, and its pictures with it', async () => {
    const story = (await publicPage(world, `/showcase/${slug}`)).html;
    expect(story).toContain('Market day in Gijón');
    const itemPath = /href="(\/showcase\/[^"]+\/items\/[^"]+)"/.exec(story)![1]!;

    const withdrawn = await setConsent(world, world.carmen, world.lucia.me.id, { photo: false });
    expect(withdrawn.body.photo).toBe(false);
    expect((await publicPage(world, itemPath)).status).toBe(404);
    expect((await publicPage(world, `/showcase/${slug}`)).html).not.toContain('Market day');
    expect((await publicPage(world, pictureUrl(beach))).status).toBe(404);
    const itemId = itemPath.split('/').pop()!;
    expect(await publicState(world, world.carmen, itemId)).toMatchObject({ approved: true, shown: false, hiddenBecause: 'photo_consent' });

    // Given back: it is public again, as approved.
    await setConsent(world, world.carmen, world.lucia.me.id, { photo: true });
    expect((await publicPage(world, itemPath)).status).toBe(200);

    // Marking a pupil without consent afterwards takes it off too (Jānis has none).
    await mark(world, world.janis, market.id, world.janis.me.id);
    expect((await publicPage(world, itemPath)).status).toBe(404);
    await unmark(world, world.ilze, market.id, world.janis.me.id);
    expect((await publicPage(world, itemPath)).status).toBe(200);
  });

  it('the picture route serves only pictures of items shown on that showcase', async () => {
    // A picture in a document nobody approved, signed in or not.
    const draft = await createItem(world, world.janis, 'Draft with a picture');
    await write(world, world.janis, draft.docId, [{ picture: privatePicture, alt: 'Not public' }, 'Draft.']);
    expect((await publicPage(world, pictureUrl(privatePicture))).status).toBe(404);
    const signedIn = await fetch(`${world.server.url}${pictureUrl(privatePicture)}`, { headers: { cookie: world.ilze.cookie } });
    expect(signedIn.status).toBe(404);
    // Its own members still see it at its private address.
    expect((await fetch(`${world.server.url}${privatePicture.url}`, { headers: { cookie: world.janis.cookie } })).status).toBe(200);

    // A shown picture: not at a width that is not stored, not under another address, not once the showcase is off.
    expect((await publicPage(world, pictureUrl(beach, 1234))).status).toBe(404);
    expect((await publicPage(world, `/showcase/another-showcase/files/${beach.id}/${beach.variants[0]!.width}.webp`)).status).toBe(404);
    expect((await publicPage(world, `/showcase/${slug}/files/../../kopa.db`)).status).toBe(404);
    await switchShowcase(world, world.ilze, false);
    expect((await publicPage(world, pictureUrl(beach))).status).toBe(404);
    await switchShowcase(world, world.ilze, true);
    expect((await publicPage(world, pictureUrl(beach))).status).toBe(200);
  });

  it('consents are read and set by the pupil’s own school’s teachers, and always logged', async () => {
    const path = (schoolId: string) => `/api/partnerships/${world.partnershipId}/schools/${schoolId}/consents`;
    const es = await expectOk(getJson<PupilConsent[]>(world.server.url, path(world.schools.ES), world.carmen.cookie), 'read ES');
    expect(es.find((consent) => consent.userId === world.lucia.me.id)).toMatchObject({ photo: true, publication: false });
    expect((await getJson(world.server.url, path(world.schools.LV), world.carmen.cookie)).status).toBe(403);
    expect((await getJson(world.server.url, path(world.schools.ES), world.lucia.cookie)).status).toBe(403);
    const lv = await expectOk(getJson<PupilConsent[]>(world.server.url, path(world.schools.LV), world.ilze.cookie), 'read LV');
    expect(lv.find((consent) => consent.userId === world.janis.me.id)).toEqual({ userId: world.janis.me.id, photo: false, publication: false, setAt: null, setBy: null });

    // Teachers have no consent flags; bodies are checked.
    expect((await setConsent(world, world.ilze, world.carmen.me.id, { photo: true })).status).toBe(403);
    expect((await sendJson(world.server.url, 'PUT', `/api/partnerships/${world.partnershipId}/members/${world.janis.me.id}/consent`, { cookie: world.ilze.cookie, body: {} })).status).toBe(400);

    const changes = (await auditActions(world)).filter((entry) => entry.action === 'consent.change');
    expect(changes.map((entry) => [entry.subject?.displayName, entry.detail.photo])).toEqual([
      ['Lucía', true],
      ['Lucía', false],
      ['Lucía', true],
    ]);
  });

  it('in an archived partnership nothing new goes public, and anything can still be taken off', async () => {
    const item = await createItem(world, world.janis, 'Written before the end');
    await write(world, world.janis, item.docId, ['The last words.']);
    await expectOk(sendJson(world.server.url, 'PATCH', `/api/partnerships/${world.partnershipId}`, { cookie: world.ilze.cookie, body: { state: 'archived' } }), 'archive');
    try {
      expect((await approve(world, world.carmen, item.id)).status).toBe(403);
      expect((await setConsent(world, world.carmen, world.lucia.me.id, { publication: true })).status).toBe(403);
      expect((await setConsent(world, world.carmen, world.lucia.me.id, { photo: false })).status).toBe(200);
      expect((await mark(world, world.carmen, privatePicture.id, world.lucia.me.id)).status).toBe(200);
      expect((await unmark(world, world.carmen, privatePicture.id, world.lucia.me.id)).status).toBe(403);
      expect((await switchShowcase(world, world.ilze, false)).status).toBe(200);
      expect((await switchShowcase(world, world.ilze, true)).status).toBe(403);
    } finally {
      await sendJson(world.server.url, 'PATCH', `/api/partnerships/${world.partnershipId}`, { cookie: world.ilze.cookie, body: { state: 'active' } });
    }
  });
});
