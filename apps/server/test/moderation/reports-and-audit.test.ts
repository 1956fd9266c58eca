import type { ApiError, AuditEntry, ItemSummary, ModerationReport, PostComment, PublishedPost } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@kopa/testkit';
import { getJson, sendJson } from '../support/api-client.js';
import { publishPost } from '../support/published-post.js';
import { createSecondPartnership, type SecondPartnership } from '../support/second-partnership.js';
import { buildModerationWorld, lastHeard, watchPost, type ModerationWorld, type Person, type Watcher } from './moderation-world.js';

/**
 * Reports from anyone who reads a post (guests too), the teachers' queue, and what
 * resolving a report does to the post or comment, every step in the audit log.
 */
describe('reports, the moderation queue and the audit log', () => {
  let world: ModerationWorld;
  let bridges: SecondPartnership;
  /** A second published post, for unpublishing from the queue. */
  let doomed: ItemSummary;
  const watchers: Watcher[] = [];

  const cookieOf = (who: Person | SecondPartnership['bea']) => (typeof who === 'string' ? world.as[who].cookie : who.cookie);
  const api = (who: Person | SecondPartnership['bea']) => {
    const cookie = cookieOf(who);
    const url = world.server.url;
    return {
      comment: async (body: string, itemId = world.post.id) =>
        (await sendJson<PostComment>(url, 'POST', `/api/posts/${itemId}/comments`, { cookie, body: { body } })).body,
      report: (targetType: string, targetId: string, reason = 'This is not kind') =>
        sendJson<ModerationReport & ApiError>(url, 'POST', '/api/reports', { cookie, body: { targetType, targetId, reason } }),
      queue: (state?: string) =>
        getJson<ModerationReport[] & ApiError>(url, `/api/partnerships/${world.partnershipId}/reports${state ? `?state=${state}` : ''}`, cookie),
      resolve: (reportId: string, action: string, note?: string) =>
        sendJson<ModerationReport & ApiError>(url, 'POST', `/api/reports/${reportId}/resolve`, { cookie, body: { action, note } }),
      audit: () => getJson<AuditEntry[] & ApiError>(url, `/api/partnerships/${world.partnershipId}/audit`, cookie),
      comments: (itemId = world.post.id) => getJson<PostComment[]>(url, `/api/posts/${itemId}/comments`, cookie),
    };
  };

  beforeAll(async () => {
    world = await buildModerationWorld();
    bridges = await createSecondPartnership(world.server);
    doomed = await publishPost(world.server.url, { writer: world.as.janis.cookie, teacher: world.as.ana.cookie }, world.harbour.spaceId, 'Doomed post');
  });
  afterAll(async () => {
    for (const watcher of watchers) watcher.socket.disconnect();
    await world?.server.stop();
  });

  it('takes reports from every reader, guests too, and only of what they can see', async () => {
    const comment = await api('janis').comment('A comment someone dislikes');
    const byGuest = await api('guest').report('post', world.post.id, 'Shows a pupil’s home address');
    expect(byGuest.status).toBe(201);
    expect(byGuest.body).toMatchObject({
      targetType: 'post',
      targetId: world.post.id,
      itemId: world.post.id,
      postTitle: 'Our day at the harbour',
      reason: 'Shows a pupil’s home address',
      reporter: { displayName: 'Guest' },
      resolvedAt: null,
      resolvedBy: null,
      resolution: null,
    });
    const byPupil = await api('andrei').report('comment', comment.id);
    expect(byPupil.status).toBe(201);
    expect(byPupil.body).toMatchObject({ targetType: 'comment', targetId: comment.id, itemId: world.post.id, excerpt: 'A comment someone dislikes' });
    // Reporting twice is fine.
    expect((await api('andrei').report('comment', comment.id, 'Still not kind')).status).toBe(201);

    expect((await api('andrei').report('comment', 'no-such-comment')).status).toBe(404);
    expect((await api('andrei').report('post', 'no-such-post')).status).toBe(404);
    const bad = await api('andrei').report('picture', comment.id);
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('targetType');
    expect((await api('andrei').report('post', world.post.id, '')).body.field).toBe('reason');
    // Someone of another partnership cannot even find the post.
    expect((await api(bridges.bea).report('post', world.post.id)).status).toBe(404);
  });

  it('shows the queue to every teacher of the partnership and to nobody else', async () => {
    for (const who of ['janis', 'guest'] as const) {
      const refused = await api(who).queue();
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('forbidden');
      expect((await api(who).audit()).status).toBe(403);
    }
    expect((await api(bridges.bea).queue()).status).toBe(404);
    expect((await api(bridges.bea).audit()).status).toBe(404);

    const { status, body: queue } = await api('marco').queue();
    expect(status).toBe(200);
    expect(queue).toHaveLength(3);
    expect(queue.map((report) => report.reason)).toEqual(['Still not kind', 'This is not kind', 'Shows a pupil’s home address']);
    expect(queue[2]!.excerpt).toBe('Our day at the harbour');
    expect((await api('marco').queue('bogus')).body).toMatchObject({ code: 'invalid_request', field: 'state' });
  });

  it('hides or deletes a reported comment, settles every report about it, and records who did it to whom', async () => {
    const giulia = await watchPost(world.server.url, world.as.giulia.cookie, world.post.id);
    watchers.push(giulia);
    const { body: open } = await api('marco').queue();
    const [first, second] = open.filter((report) => report.targetType === 'comment');
    const commentId = first!.targetId;

    const byPupil = await api('lucia').resolve(first!.id, 'hide_comment');
    expect(byPupil.status).toBe(403);
    const onPost = await api('marco').resolve(open.find((report) => report.targetType === 'post')!.id, 'hide_comment');
    expect(onPost.body).toMatchObject({ code: 'invalid_request', field: 'action' });

    const resolved = await api('marco').resolve(first!.id, 'hide_comment', 'Please be kind');
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      id: first!.id,
      resolution: 'hide_comment',
      resolvedAt: expect.any(Number),
      resolvedBy: { displayName: 'Marco', country: 'IT' },
    });
    await waitFor(() => lastHeard(giulia, commentId) === 'deleted', { message: 'the hidden comment to disappear for Giulia' });
    expect((await api('giulia').comments()).body.map((c) => c.id)).not.toContain(commentId);
    expect((await api('carmen').comments()).body.find((c) => c.id === commentId)?.hidden).toBe(true);

    // The other report about the same comment is settled with it.
    const { body: stillOpen } = await api('marco').queue();
    expect(stillOpen.map((report) => report.id)).not.toContain(second!.id);
    expect((await api('marco').resolve(second!.id, 'dismiss')).status).toBe(409);

    const { body: audit } = await api('ilze').audit();
    expect(audit.find((entry) => entry.action === 'comment.hide' && entry.targetId === commentId)).toMatchObject({
      actor: { displayName: 'Marco', country: 'IT' },
      subject: { displayName: 'Jānis', country: 'LV' },
      detail: { itemId: world.post.id, reportId: first!.id, note: 'Please be kind' },
      createdAt: expect.any(Number),
    });

    // Another comment, reported and deleted from the queue.
    const spam = await api('lucia').comment('Buy cheap sunglasses');
    const { body: report } = await api('giulia').report('comment', spam.id, 'Spam');
    expect((await api('ana').resolve(report.id, 'delete_comment')).body.resolution).toBe('delete_comment');
    await waitFor(() => lastHeard(giulia, spam.id) === 'deleted', { message: 'the deleted comment to disappear' });
    expect((await api('ana').comments()).body.map((c) => c.id)).not.toContain(spam.id);
    // The queue still quotes what was reported.
    const { body: all } = await api('ana').queue('all');
    expect(all.find((entry) => entry.id === report.id)).toMatchObject({ excerpt: 'Buy cheap sunglasses', resolution: 'delete_comment' });
    expect((await api('ana').audit()).body.find((entry) => entry.action === 'comment.delete' && entry.targetId === spam.id)).toMatchObject({
      actor: { displayName: 'Ana' },
      subject: { displayName: 'Lucía' },
      detail: { reportId: report.id },
    });
  });

  it('dismisses a report, audited, and leaves the post as it was', async () => {
    const { body: open } = await api('carmen').queue();
    const postReport = open.find((report) => report.targetType === 'post')!;
    const dismissed = await api('carmen').resolve(postReport.id, 'dismiss', 'The address is the school’s');
    expect(dismissed.body).toMatchObject({ resolution: 'dismiss', resolvedAt: expect.any(Number), resolvedBy: { displayName: 'Carmen' } });
    expect((await api('carmen').queue()).body).toEqual([]);
    expect((await getJson(world.server.url, `/api/posts/${world.post.id}/published`, world.as.giulia.cookie)).status).toBe(200);
    expect((await api('carmen').audit()).body.find((entry) => entry.action === 'report.dismiss')).toMatchObject({
      actor: { displayName: 'Carmen' },
      targetType: 'post',
      targetId: world.post.id,
      subject: null,
      detail: { reportId: postReport.id, note: 'The address is the school’s', reason: 'Shows a pupil’s home address' },
    });
  });

  it('unpublishes a reported post through the posts’ own workflow', async () => {
    const reader = await watchPost(world.server.url, world.as.andrei.cookie, doomed.id);
    watchers.push(reader);
    const comment = await api('giulia').comment('What a post', doomed.id);
    const { body: onComment } = await api('guest').report('comment', comment.id, 'The post itself is the problem');
    const { body: onPost } = await api('guest').report('post', doomed.id, 'Photos without permission');

    const resolved = await api('marco').resolve(onComment.id, 'unpublish_post', 'Photos need permission first');
    expect(resolved.status).toBe(200);
    expect(resolved.body.resolution).toBe('unpublish_post');
    await waitFor(() => reader.changed.includes(doomed.id), { message: 'the reader to hear the post changed' });
    const published = await getJson<PublishedPost & ApiError>(world.server.url, `/api/posts/${doomed.id}/published`, world.as.andrei.cookie);
    expect(published.status).toBe(404);
    // Every report about the post is settled with it; the post cannot be unpublished twice.
    expect((await api('marco').queue()).body.map((report) => report.id)).not.toContain(onPost.id);
    expect((await api('marco').resolve(onPost.id, 'unpublish_post')).status).toBe(409);

    const { body: audit } = await api('marco').audit();
    expect(audit.find((entry) => entry.action === 'post.unpublish' && entry.targetId === doomed.id)).toMatchObject({
      actor: { displayName: 'Marco' },
      detail: { reason: 'Photos need permission first' },
    });
    // Newest first.
    expect(audit.map((entry) => entry.id)).toEqual([...audit.map((entry) => entry.id)].sort((a, b) => b - a));
  });
});
