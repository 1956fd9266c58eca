import type { PostAwaitingReview, PostDetail, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { createSecondPartnership, expectOk, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createPost, publishedPost, spaceTitled } from './post-setup.js';

/**
 * The teachers' review queue: the posts that wait for a teacher (submitted, or
 * approved but not published), and each post's status in its space's item list.
 */

const PEOPLE = ['janis', 'lucia', 'carmen', 'marco', 'guest'] as const;
type Person = (typeof PEOPLE)[number];

describe('the posts waiting for review', () => {
  let server: TestServer;
  const as = {} as Record<Person, LoggedIn>;
  let welcome: SpaceSummary;
  let bridges: SecondPartnership;

  const queue = (who: Person | LoggedIn, query = '?status=submitted', pid = welcome.partnershipId) => {
    const cookie = typeof who === 'string' ? as[who].cookie : who.cookie;
    return getJson<PostAwaitingReview[] & { code?: string }>(server.url, `/api/partnerships/${pid}/posts${query}`, cookie);
  };
  const act = (who: Person, itemId: string, action: string, body: unknown = {}) =>
    expectOk(sendJson<PostDetail>(server.url, 'POST', `/api/posts/${itemId}/${action}`, { cookie: as[who].cookie, body }), action);

  beforeAll(async () => {
    server = await startTestServer();
    await Promise.all(PEOPLE.map(async (name) => (as[name] = await login(server.url, name))));
    welcome = await spaceTitled(server.url, as.janis.cookie, 'Welcome');
    bridges = await createSecondPartnership(server);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('lists submitted and approved posts with their space, who sent them and when, and drops them once published', async () => {
    const before = Date.now();
    const submitted = await createPost(server.url, as.janis.cookie, welcome.id, 'Our first day in Gijón');
    await act('janis', submitted.id, 'submit', { message: 'Ready!' });
    const approved = await createPost(server.url, as.lucia.cookie, welcome.id, 'Recipes from Asturias');
    await act('lucia', approved.id, 'submit');
    await act('carmen', approved.id, 'review', { action: 'approve', message: 'Lovely' });
    const draft = await createPost(server.url, as.janis.cookie, welcome.id, 'Still a draft');
    const sentBack = await createPost(server.url, as.lucia.cookie, welcome.id, 'Needs more work');
    await act('lucia', sentBack.id, 'submit');
    await act('carmen', sentBack.id, 'review', { action: 'request_changes', message: 'Add a picture' });
    const published = await publishedPost(server.url, { pupil: as.janis.cookie, teacher: as.marco.cookie }, welcome.id, {
      title: 'Already on the blog',
      paragraphs: ['We are home again.'],
    });

    const { status, body } = await queue('carmen');
    expect(status).toBe(200);
    expect(body.map((entry) => [entry.title, entry.status])).toEqual([
      ['Our first day in Gijón', 'submitted'],
      ['Recipes from Asturias', 'approved'],
    ]);
    const [first, second] = body;
    expect(first!.id).toBe(submitted.id);
    expect(first!.space).toEqual({ id: welcome.id, title: 'Welcome' });
    expect(first!.submittedBy?.displayName).toMatch(/Jānis/);
    expect(first!.submittedBy?.country).toBe('LV');
    expect(first!.submittedAt).toBeGreaterThanOrEqual(before);
    expect(second!.submittedBy?.country).toBe('ES');
    const listed = body.map((entry) => entry.id);
    expect(listed).not.toContain(draft.id);
    expect(listed).not.toContain(sentBack.id);
    expect(listed).not.toContain(published.id);

    // Every teacher and the coordinator see the same queue.
    expect((await queue('marco')).body.map((entry) => entry.id)).toEqual(listed);

    await act('marco', approved.id, 'publish');
    expect((await queue('carmen')).body.map((entry) => entry.id)).toEqual([submitted.id]);
  });

  it('is for teachers only: 403 for pupils and guests, 404 outside the partnership, 400 for other filters', async () => {
    for (const who of ['janis', 'guest'] as const) {
      const { status, body } = await queue(who);
      expect(status, who).toBe(403);
      expect(body.code).toBe('forbidden');
    }
    expect((await queue(bridges.bea)).status).toBe(404);
    // Their own partnership's queue is theirs (empty).
    expect(await expectOk(queue(bridges.bea, '?status=submitted', bridges.partnershipId), 'own queue')).toEqual([]);
    expect((await queue('carmen', '?status=draft')).status).toBe(400);
    expect((await queue('carmen', '')).status).toBe(400);
  });

  it("shows each post's status in its space's item list, and none on documents", async () => {
    const post = await createPost(server.url, as.janis.cookie, welcome.id, 'Status in the list');
    const statusInList = async () => {
      const space = await expectOk(getJson<SpaceSummary>(server.url, `/api/spaces/${welcome.id}`, as.guest.cookie), 'space');
      return space.items.find((item) => item.id === post.id)?.postStatus;
    };
    expect(post.postStatus).toBe('draft');
    expect(await statusInList()).toBe('draft');
    await act('janis', post.id, 'submit');
    expect(await statusInList()).toBe('submitted');
    await act('carmen', post.id, 'review', { action: 'request_changes', message: 'One more paragraph' });
    expect(await statusInList()).toBe('changes_requested');

    const space = await expectOk(getJson<SpaceSummary>(server.url, `/api/spaces/${welcome.id}`, as.janis.cookie), 'space');
    const documents = space.items.filter((item) => item.type !== 'post');
    expect(documents.length).toBeGreaterThan(0);
    for (const item of documents) expect(item).not.toHaveProperty('postStatus');
  });
});
