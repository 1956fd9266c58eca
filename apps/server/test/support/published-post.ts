import type { ItemSummary, PostDetail } from '@kopa/protocol';
import { sendJson } from './api-client.js';
import { expectOk } from './second-partnership.js';

/**
 * A blog post taken through the real workflow over REST: created and submitted for
 * review by a writer of the space (a pupil of its team), published by a teacher.
 * Its content is the single empty paragraph every new post starts with.
 */
export async function publishPost(
  baseUrl: string,
  people: { writer: string; teacher: string },
  spaceId: string,
  title: string,
): Promise<ItemSummary> {
  const item = await expectOk(
    sendJson<ItemSummary>(baseUrl, 'POST', `/api/spaces/${spaceId}/items`, { cookie: people.writer, body: { type: 'post', title } }),
    `create the post "${title}"`,
  );
  await expectOk(sendJson(baseUrl, 'POST', `/api/posts/${item.id}/submit`, { cookie: people.writer, body: {} }), `submit "${title}"`);
  const published = await expectOk(
    sendJson<PostDetail>(baseUrl, 'POST', `/api/posts/${item.id}/publish`, { cookie: people.teacher, body: {} }),
    `publish "${title}"`,
  );
  if (published.status !== 'published') throw new Error(`"${title}" is ${published.status} after publishing`);
  return item;
}
