import { $createImageNode, $isImageNode, type ImageNode } from '@kopa/editor';
import type { ItemSummary, Mobility, PostDetail, PublishedPost, SpaceSummary, UploadedImage } from '@kopa/protocol';
import { $getRoot, type LexicalEditor } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@kopa/testkit';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { createSecondPartnership, expectOk, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { png } from '../uploads/picture-samples.js';
import { uploadPicture } from '../uploads/upload-client.js';
import { blockTexts, createPost, paragraphsOf, serverHas, spaceTitled, writeInto } from './post-setup.js';

/**
 * A blog post's life on the real server: written by pupils with real collaboration
 * clients, described, submitted, reviewed and published by teachers of other
 * schools, kept frozen while the team goes on writing, updated and unpublished.
 */

const PEOPLE = ['janis', 'lucia', 'andrei', 'carmen', 'marco', 'ana', 'ilze', 'guest'] as const;
type Person = (typeof PEOPLE)[number];

const FIRST = ['We visited the old town of Gijón.', 'Lucía showed us the beach of San Lorenzo.'];
const DRAFT_ONLY = 'Draft only: the bus back was two hours late.';

/** The descriptions of the pictures in an editor, in order. */
const altTexts = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .filter($isImageNode)
      .map((image) => image.getAltText()),
  );

describe('a blog post from draft to published', () => {
  let server: TestServer;
  const as = {} as Record<Person, LoggedIn>;
  let welcome: SpaceSummary;
  let gijon: Mobility;
  let item: ItemSummary;
  let janisClient: CollabClient;
  let lucia: CollabClient;
  let bridges: SecondPartnership;
  let cover: UploadedImage;

  const post = (who: Person | LoggedIn) => {
    const cookie = typeof who === 'string' ? as[who].cookie : who.cookie;
    return {
      get: () => getJson<PostDetail>(server.url, `/api/posts/${item.id}`, cookie),
      published: () => getJson<PublishedPost & { code?: string }>(server.url, `/api/posts/${item.id}/published`, cookie),
      patch: (body: unknown) =>
        sendJson<PostDetail & { code?: string; field?: string }>(server.url, 'PATCH', `/api/posts/${item.id}`, { cookie, body }),
      act: (action: string, body: unknown = {}) =>
        sendJson<PostDetail & { code?: string; error?: string }>(server.url, 'POST', `/api/posts/${item.id}/${action}`, { cookie, body }),
    };
  };

  beforeAll(async () => {
    // Documents nobody has open unload quickly, so the test can see submit let go of one.
    server = await startTestServer({ docUnloadDelayMs: 100 });
    await Promise.all(PEOPLE.map(async (name) => (as[name] = await login(server.url, name))));
    welcome = await spaceTitled(server.url, as.janis.cookie, 'Welcome');
    const mobilities = await expectOk(
      getJson<Mobility[]>(server.url, `/api/partnerships/${welcome.partnershipId}/mobilities`, as.janis.cookie),
      'list mobilities',
    );
    gijon = mobilities.find((mobility) => mobility.city === 'Gijón')!;
    bridges = await createSecondPartnership(server);
  });

  afterAll(async () => {
    janisClient?.destroy();
    lucia?.destroy();
    await server?.stop();
  });

  it('a pupil creates a post in the team space: a post item with its own row, in her school language', async () => {
    item = await createPost(server.url, as.janis.cookie, welcome.id, 'Our day in Gijón');
    expect(item).toMatchObject({ type: 'post', title: 'Our day in Gijón', canEdit: true });
    const { status, body } = await post('janis').get();
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: item.id,
      docId: item.docId,
      status: 'draft',
      publishedAt: null,
      reviews: [],
      archived: false,
      space: { id: welcome.id, kind: 'team', partnershipId: welcome.partnershipId },
      meta: { language: 'lv', themes: [], mobilityId: null, phase: null, cover: null, coverAlt: '' },
      canEdit: true,
      canSubmit: true,
      canReview: false,
      canPublish: false,
    });
    const { body: spaces } = await getJson<SpaceSummary[]>(server.url, '/api/spaces', as.lucia.cookie);
    expect(spaces.find((space) => space.id === welcome.id)!.items).toContainEqual(expect.objectContaining({ id: item.id, type: 'post' }));

    // Lucía's school in Gijón writes Spanish.
    const hers = await createPost(server.url, as.lucia.cookie, welcome.id, 'Mi ciudad');
    const { body: herPost } = await getJson<PostDetail>(server.url, `/api/posts/${hers.id}`, as.lucia.cookie);
    expect(herPost.meta.language).toBe('es');
  });

  it('what is not a post, or not in your partnership, is not found', async () => {
    const doc = await expectOk(
      sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${welcome.id}/items`, { cookie: as.janis.cookie, body: { title: 'Just a document' } }),
      'create a document',
    );
    expect(doc.type).toBe('doc');
    expect((await getJson(server.url, `/api/posts/${doc.id}`, as.janis.cookie)).status).toBe(404);
    expect((await getJson(server.url, '/api/posts/no-such-item', as.janis.cookie)).status).toBe(404);
    expect((await post(bridges.bea).get()).status).toBe(404);
    expect((await post(bridges.bea).patch({ language: 'pl' })).status).toBe(404);
    expect((await post(bridges.bea).act('submit')).status).toBe(404);
    expect((await getJson(server.url, `/api/posts/${item.id}`)).status).toBe(401);
  });

  it('two pupils write it together with real collaboration clients', async () => {
    janisClient = connectCollabClient(server.url, item.docId, { cookie: as.janis.cookie });
    lucia = connectCollabClient(server.url, item.docId, { cookie: as.lucia.cookie });
    await Promise.all([janisClient.synced(), lucia.synced()]);
    janisClient.appendParagraph(FIRST[0]!);
    await waitFor(() => paragraphsOf(lucia).includes(FIRST[0]!), { message: 'Lucía to see what Jānis wrote' });
    lucia.appendParagraph(FIRST[1]!);
    await waitFor(() => paragraphsOf(janisClient).includes(FIRST[1]!), { message: 'Jānis to see what Lucía wrote' });
    expect(paragraphsOf(janisClient)).toEqual(FIRST);
  });

  it('the team describes the post: mobility, phase, themes, language, cover', async () => {
    const described = { mobilityId: gijon.id, phase: 'during', themes: ['cultural heritage', 'diversity'], language: 'es' };
    const { status, body } = await post('lucia').patch(described);
    expect(status).toBe(200);
    expect(body.meta).toMatchObject(described);

    const picture = (cover = await expectOk(
      uploadPicture<UploadedImage>(server.url, welcome.id, await png(800, 600), { cookie: as.janis.cookie }),
      'upload a cover',
    ));
    const withCover = await post('janis').patch({ coverUploadId: picture.id });
    expect(withCover.status).toBe(200);
    expect(withCover.body.meta.cover).toMatchObject({ id: picture.id, width: 800, height: 600 });
    expect(withCover.body.meta.cover!.variants.length).toBeGreaterThan(0);
    expect((await post('janis').get()).body.meta).toMatchObject({ language: 'es', phase: 'during', cover: { id: picture.id } });
  });

  it('metadata outside the partnership is refused with the field named', async () => {
    // Each with what is wrong in no words (`problem`), for the web app to say in the reader's language.
    const refused = async (body: Record<string, unknown>, field: string, problem: string) => {
      const response = await post('janis').patch(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body).toMatchObject({ code: 'invalid_request', field, problem: { kind: problem } });
    };
    await refused({ mobilityId: 'no-such-mobility' }, 'mobilityId', 'not_in_partnership');
    await refused({ themes: ['football'] }, 'themes', 'not_in_partnership');
    await refused({ language: 'de' }, 'language', 'not_in_partnership');
    await refused({ language: 'Spanish' }, 'language', 'invalid_format');
    await refused({ phase: 'later' }, 'phase', 'invalid_choice');
    await refused({ mobilityId: null, phase: 'before' }, 'phase', 'needs_visit_first');
    const nothing = await post('janis').patch({});
    expect(nothing.status).toBe(400);
    expect(nothing.body.code).toBe('invalid_request');

    // A picture of another partnership is not a cover here.
    const theirs = await expectOk(
      uploadPicture<UploadedImage>(server.url, bridges.team.spaceId, await png(300, 200), { cookie: bridges.bea.cookie }),
      'upload in the other partnership',
    );
    await refused({ coverUploadId: theirs.id }, 'coverUploadId', 'not_in_partnership');
    await refused({ coverUploadId: 'no-such-upload' }, 'coverUploadId', 'not_in_partnership');
    // Nothing of that changed the post.
    expect((await post('janis').get()).body.meta).toMatchObject({ mobilityId: gijon.id, phase: 'during', language: 'es' });
  });

  it('only members who may edit change the metadata; clearing the mobility clears the phase', async () => {
    expect((await post('guest').patch({ language: 'en' })).status).toBe(403);
    expect((await post('guest').patch({ language: 'en' })).body.code).toBe('forbidden');
    const cleared = await post('carmen').patch({ mobilityId: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.meta).toMatchObject({ mobilityId: null, phase: null });
    expect((await post('janis').patch({ mobilityId: gijon.id, phase: 'during' })).status).toBe(200);
  });

  it('a post cannot be submitted while a picture or the cover has no description', async () => {
    const picture = { uploadId: cover.id, width: cover.width, height: cover.height };
    janisClient.editor.update(
      () => $getRoot().append($createImageNode({ ...picture, altText: '' }), $createImageNode({ ...picture, altText: '  ' })),
      { discrete: true },
    );
    // Lucía sees the pictures once the server has stored them.
    await waitFor(() => altTexts(lucia.editor).length === 2, { message: 'Lucía to see the two pictures' });

    const refused = await post('janis').act('submit');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('alt_text_missing');
    expect(refused.body.error).toMatch(/^2 pictures need a description and the cover picture needs a description before/);
    expect((await post('janis').get()).body.status).toBe('draft');

    expect((await post('janis').patch({ coverAlt: 'The beach of San Lorenzo at low tide' })).status).toBe(200);
    lucia.editor.update(
      () => {
        const [first] = $getRoot().getChildren().filter($isImageNode) as ImageNode[];
        first!.setAltText('The harbour of Gijón at sunset');
      },
      { discrete: true },
    );
    await waitFor(() => altTexts(janisClient.editor)[0] === 'The harbour of Gijón at sunset', { message: 'Jānis to see the first description' });
    const stillOne = await post('janis').act('submit');
    expect(stillOne.status).toBe(422);
    expect(stillOne.body.error).toMatch(/^1 picture needs a description before the post can be submitted/);

    janisClient.editor.update(
      () => {
        const [, second] = $getRoot().getChildren().filter($isImageNode) as ImageNode[];
        second!.setAltText('Our group on the stairs of the town hall');
      },
      { discrete: true },
    );
    await waitFor(() => altTexts(lucia.editor)[1] === 'Our group on the stairs of the town hall', {
      message: 'Lucía to see the second description',
    });
  });

  it('guests may read the post but not submit it; pupils may not review or publish', async () => {
    expect((await post('guest').get()).status).toBe(200);
    const guestSubmit = await post('guest').act('submit');
    expect(guestSubmit.status).toBe(403);
    expect(guestSubmit.body.code).toBe('forbidden');
    expect((await post('janis').act('review', { action: 'approve' })).status).toBe(403);
    expect((await post('janis').act('publish')).status).toBe(403);
    expect((await post('janis').get()).body.status).toBe('draft');
  });

  it('a pupil submits the live text; submitting twice is a wrong status', async () => {
    const submitted = await post('lucia').act('submit', { message: 'Ready for a look!' });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.reviews).toEqual([
      expect.objectContaining({
        action: 'submit',
        message: 'Ready for a look!',
        author: expect.objectContaining({ displayName: 'Lucía', country: 'ES' }),
      }),
    ]);
    const again = await post('janis').act('submit');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('wrong_status');
  });

  it('the team keeps writing the draft after submitting', async () => {
    await writeInto(server.url, janisClient, as.ilze.cookie, item.docId, [DRAFT_ONLY]);
    expect(paragraphsOf(lucia)).toContain(DRAFT_ONLY);
  });

  it('teachers of any school review: comment, request changes, approve', async () => {
    const blank = await post('marco').act('review', { action: 'comment', message: '   ' });
    expect(blank).toMatchObject({ status: 400, body: { field: 'message', problem: { kind: 'required' } } });

    const comment = await post('marco').act('review', { action: 'comment', message: 'Lovely start. Add where you ate?' });
    expect(comment.status).toBe(200);
    expect(comment.body.status).toBe('submitted');

    const changes = await post('ana').act('review', { action: 'request_changes', message: 'Please name the beach in the title.' });
    expect(changes.body.status).toBe('changes_requested');
    // Nothing waits for a decision now: approving or publishing is out of turn; comments are always fine.
    expect((await post('carmen').act('review', { action: 'approve' })).body.code).toBe('wrong_status');
    expect((await post('carmen').act('publish')).status).toBe(409);
    expect((await post('carmen').act('review', { action: 'comment', message: 'I agree with Ana.' })).status).toBe(200);

    expect((await post('janis').act('submit', { message: 'Fixed!' })).body.status).toBe('submitted');
    const approved = await post('carmen').act('review', { action: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.reviews.map((review) => review.action)).toEqual(['submit', 'comment', 'request_changes', 'comment', 'submit', 'approve']);
    expect(approved.body.reviews.map((review) => review.author.displayName)).toEqual(['Lucía', 'Marco', 'Ana', 'Carmen', 'Jānis', 'Carmen']);
  });

  it('nothing is published yet', async () => {
    const response = await post('guest').published();
    expect(response.status).toBe(404);
  });

  it('a teacher publishes: the partnership reads exactly the submitted text, not the newer draft', async () => {
    // The second submit came after the draft-only line: write one more line the submitted version lacks.
    const later = 'Written after the second submit.';
    await writeInto(server.url, lucia, as.ilze.cookie, item.docId, [later]);

    const published = await post('marco').act('publish', { message: 'Well done!' });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(published.body.publishedAt).toEqual(expect.any(Number));
    expect(published.body.reviews.at(-1)).toMatchObject({ action: 'publish', message: 'Well done!', author: { displayName: 'Marco' } });

    const { status, body } = await post('guest').published();
    expect(status).toBe(200);
    expect(blockTexts(body.content)).toEqual([...FIRST, DRAFT_ONLY]);
    const pictures = (body.content as { root: { children: { type: string; altText?: string }[] } }).root.children.filter(
      (node) => node.type === 'image',
    );
    expect(pictures.map((node) => node.altText)).toEqual(['The harbour of Gijón at sunset', 'Our group on the stairs of the town hall']);
    expect(body).toMatchObject({
      id: item.id,
      title: 'Our day in Gijón',
      partnershipId: welcome.partnershipId,
      publishedAt: published.body.publishedAt,
      meta: { mobilityId: gijon.id, phase: 'during', coverAlt: 'The beach of San Lorenzo at low tide' },
      canComment: false,
      canModerate: false,
    });
    expect(body.reactions.map((reaction) => reaction.count)).toEqual([0, 0, 0, 0, 0, 0]);
    expect((await post('andrei').published()).body).toMatchObject({ canComment: true, canModerate: false });
    expect((await post('ana').published()).body).toMatchObject({ canComment: true, canModerate: true });

    // The team goes on writing; the published version does not move.
    await writeInto(server.url, janisClient, as.ilze.cookie, item.docId, ['Even later, still a draft.']);
    expect(blockTexts((await post('lucia').published()).body.content)).toEqual([...FIRST, DRAFT_ONLY]);
    expect(paragraphsOf(janisClient)).toEqual([...FIRST, DRAFT_ONLY, later, 'Even later, still a draft.']);
  });

  it('the published version is credited to the pupils who wrote it', async () => {
    const { body } = await post('guest').published();
    expect(body.credits.map((credit) => credit.displayName).sort()).toEqual(['Jānis', 'Lucía']);
    expect(body.credits.every((credit) => credit.schoolName !== null)).toBe(true);
    expect((await post('janis').get()).body.credits.map((credit) => credit.displayName).sort()).toEqual(['Jānis', 'Lucía']);
  });

  it('the team submits an update while the post stays published; publishing it replaces the version', async () => {
    const update = await post('janis').act('submit', { message: 'We added the bus story.' });
    expect(update.status).toBe(200);
    expect(update.body.status).toBe('submitted');
    expect(update.body.publishedAt).not.toBeNull();
    const stillOld = await post('guest').published();
    expect(blockTexts(stillOld.body.content)).toEqual([...FIRST, DRAFT_ONLY]);

    expect((await post('ilze').act('publish')).body.status).toBe('published');
    const updated = await post('guest').published();
    expect(blockTexts(updated.body.content)).toEqual([...FIRST, DRAFT_ONLY, 'Written after the second submit.', 'Even later, still a draft.']);
    expect(updated.body.publishedAt).toBeGreaterThanOrEqual(stillOld.body.publishedAt);
  });

  it('pupils cannot unpublish; a teacher can, once', async () => {
    expect((await post('lucia').act('unpublish', { reason: 'no' })).status).toBe(403);
    expect((await post('guest').act('unpublish')).status).toBe(403);

    const unpublished = await post('ana').act('unpublish', { reason: 'A photo shows a pupil without consent.' });
    expect(unpublished.status).toBe(200);
    expect(unpublished.body).toMatchObject({ status: 'draft', publishedAt: null });
    expect(unpublished.body.reviews.at(-1)).toMatchObject({ action: 'unpublish', message: 'A photo shows a pupil without consent.' });
    expect((await post('guest').published()).status).toBe(404);
    const again = await post('ana').act('unpublish');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('wrong_status');
  });

  it('publishing and unpublishing are in the audit log', async () => {
    const { status, body } = await getJson<{ action: string; targetId: string; actor: { displayName: string }; detail: { update?: boolean } }[]>(
      server.url,
      `/api/partnerships/${welcome.partnershipId}/audit`,
      as.carmen.cookie,
    );
    expect(status).toBe(200);
    const mine = body.filter((entry) => entry.targetId === item.id).map((entry) => [entry.action, entry.actor.displayName, entry.detail.update]);
    // Marco published it first; Ilze published the team's update over it.
    expect(mine).toEqual([
      ['post.unpublish', 'Ana', undefined],
      ['post.publish', 'Ilze', true],
      ['post.publish', 'Marco', false],
    ]);
  });

  it('an archived post is read-only for everyone: no submit, review or publish', async () => {
    // The writers are done (their connections would turn read-only with the archive).
    janisClient.destroy();
    lucia.destroy();
    expect((await post('janis').act('submit')).status).toBe(200);
    await expectOk(sendJson(server.url, 'PATCH', `/api/items/${item.id}`, { cookie: as.janis.cookie, body: { archived: true } }), 'archive');
    const { body } = await post('carmen').get();
    expect(body).toMatchObject({ archived: true, canEdit: false, canSubmit: false, canReview: false, canPublish: false });
    expect((await post('janis').patch({ language: 'en' })).status).toBe(403);
    expect((await post('carmen').act('review', { action: 'comment', message: 'Hello' })).status).toBe(403);
    expect((await post('carmen').act('publish')).status).toBe(403);
    await expectOk(sendJson(server.url, 'PATCH', `/api/items/${item.id}`, { cookie: as.janis.cookie, body: { archived: false } }), 'unarchive');
    expect((await post('carmen').act('publish')).status).toBe(200);
  });

  it('submitting a post nobody has open reads it from storage and lets it unload again', async () => {
    const partnershipSpace = await spaceTitled(server.url, as.ilze.cookie, 'Together in our diversity');
    const lonely = await createPost(server.url, as.ilze.cookie, partnershipSpace.id, 'Notes from the coordinators');
    const writer = connectCollabClient(server.url, lonely.docId, { cookie: as.ilze.cookie });
    await writer.synced();
    await writeInto(server.url, writer, as.carmen.cookie, lonely.docId, ['Only teachers wrote this.']);
    writer.destroy();
    await waitFor(() => !server.registry.isLoaded(lonely.docId), { message: 'the document to unload once its writer left' });

    const submitted = await sendJson<PostDetail>(server.url, 'POST', `/api/posts/${lonely.id}/submit`, { cookie: as.ilze.cookie, body: {} });
    expect(submitted.status).toBe(200);
    await waitFor(() => !server.registry.isLoaded(lonely.docId), { message: 'the document submit opened to unload again' });
    expect((await sendJson(server.url, 'POST', `/api/posts/${lonely.id}/publish`, { cookie: as.carmen.cookie })).status).toBe(200);
    const { body } = await getJson<PublishedPost>(server.url, `/api/posts/${lonely.id}/published`, as.guest.cookie);
    expect(blockTexts(body.content)).toEqual(['Only teachers wrote this.']);
    await serverHas(server.url, as.carmen.cookie, lonely.docId, ['Only teachers wrote this.']);
  });
});
