import type { BlogEntry, PostDetail, PostTranslations, PublishedPost, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, type LoggedIn } from '../support/api-client.js';
import { probeYjsWrite } from '../support/channel-probes.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { blockTexts } from './post-setup.js';

/**
 * The demo's example posts (KOPA_DEMO_POSTS): a new user finds a published post with versions in
 * Latvian and Spanish in the blog at once, and a draft the team can translate.
 */
describe('the demo’s example posts', () => {
  let server: TestServer;
  let guest: LoggedIn;
  let janis: LoggedIn;

  beforeAll(async () => {
    server = await startTestServer({ demoPosts: true });
    [guest, janis] = await Promise.all([login(server.url, 'guest'), login(server.url, 'janis')]);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('shows a published post in English with its Latvian and Spanish versions, paragraph for paragraph', async () => {
    const { body: blog } = await getJson<BlogEntry[]>(server.url, `/api/partnerships/${guest.me.partnershipId}/blog`, guest.cookie);
    expect(blog.map((entry) => entry.title)).toEqual(['Five days by the sea in Gijón']);
    expect(blog[0]).toMatchObject({ meta: { language: 'en', phase: 'during' }, translationLanguages: ['lv', 'es'] });
    const { body: post } = await getJson<PublishedPost>(server.url, `/api/posts/${blog[0]!.id}/published`, guest.cookie);
    const paragraphs = blockTexts(post.content);
    expect(paragraphs).toHaveLength(5);
    expect(post.credits.map((credit) => credit.displayName)).toEqual(['Giulia']);
    expect(post.translations.map((version) => [version.language, blockTexts(version.content).length, version.credits[0]?.displayName])).toEqual([
      ['lv', 5, 'Jānis'],
      ['es', 5, 'Lucía'],
    ]);
    // The versions' words find it too.
    const { body: found } = await getJson<BlogEntry[]>(server.url, `/api/partnerships/${guest.me.partnershipId}/blog?q=pludmali`, guest.cookie);
    expect(found.map((entry) => entry.title)).toEqual(['Five days by the sea in Gijón']);
  });

  it('has a draft in the team Welcome that its pupils can give versions to', async () => {
    const { body: spaces } = await getJson<SpaceSummary[]>(server.url, '/api/spaces', janis.cookie);
    const draft = spaces.find((space) => space.title === 'Welcome')!.items.find((item) => item.title === 'What we eat at school')!;
    expect(draft).toMatchObject({ type: 'post', postStatus: 'draft', canEdit: true });
    const { body: detail } = await getJson<PostDetail>(server.url, `/api/posts/${draft.id}`, janis.cookie);
    expect(detail.credits.map((credit) => credit.displayName)).toEqual(['Andrei']);
    const { body: versions } = await getJson<PostTranslations>(server.url, `/api/posts/${draft.id}/translations`, janis.cookie);
    expect(versions).toMatchObject({ original: 'en', translations: [], canAdd: true });
    // Its seeded content is what the editor writes: the sync server takes the team's changes on top of it.
    expect(await probeYjsWrite(server, janis.cookie, draft.docId, guest.cookie)).toBe(true);
  });
});
