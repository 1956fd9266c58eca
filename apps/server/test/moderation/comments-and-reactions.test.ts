import type { ApiError, AuditEntry, ItemSummary, PostComment, PublishedPost, ReactionCount } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@kopa/testkit';
import { getJson, sendJson } from '../support/api-client.js';
import { expectOk } from '../support/second-partnership.js';
import { buildModerationWorld, lastHeard, watchPost, type ModerationWorld, type Person, type Watcher } from './moderation-world.js';

/**
 * Comments and reactions on a published post, live: the real server, real REST calls,
 * real Socket.IO clients watching the post.
 */
describe('comments and reactions on a published post', () => {
  let world: ModerationWorld;
  let draft: ItemSummary;
  const watchers: Watcher[] = [];

  const api = (who: Person) => {
    const cookie = world.as[who].cookie;
    const url = world.server.url;
    return {
      comments: (itemId = world.post.id) => getJson<PostComment[]>(url, `/api/posts/${itemId}/comments`, cookie),
      comment: (body: unknown, itemId = world.post.id) =>
        sendJson<PostComment & ApiError>(url, 'POST', `/api/posts/${itemId}/comments`, { cookie, body }),
      hide: (commentId: string, hidden: boolean) => sendJson<PostComment & ApiError>(url, 'PATCH', `/api/comments/${commentId}`, { cookie, body: { hidden } }),
      remove: (commentId: string) => sendJson<ApiError | undefined>(url, 'DELETE', `/api/comments/${commentId}`, { cookie }),
      react: (method: 'PUT' | 'DELETE', emoji: string, itemId = world.post.id) =>
        sendJson<ReactionCount[] & ApiError>(url, method, `/api/posts/${itemId}/reactions/${encodeURIComponent(emoji)}`, { cookie }),
      audit: () => getJson<AuditEntry[]>(url, `/api/partnerships/${world.partnershipId}/audit`, cookie),
    };
  };
  const watch = async (who: Person) => {
    const watcher = await watchPost(world.server.url, world.as[who].cookie, world.post.id);
    watchers.push(watcher);
    return watcher;
  };
  const count = (reactions: ReactionCount[], emoji: string) => reactions.find((reaction) => reaction.emoji === emoji)?.count;

  beforeAll(async () => {
    world = await buildModerationWorld();
    draft = await expectOk(
      sendJson<ItemSummary>(world.server.url, 'POST', `/api/spaces/${world.harbour.spaceId}/items`, {
        cookie: world.as.janis.cookie,
        body: { type: 'post', title: 'Still a draft' },
      }),
      'create a draft post',
    );
  });
  afterAll(async () => {
    for (const watcher of watchers) watcher.socket.disconnect();
    await world?.server.stop();
  });

  it('shows a new comment at once to everyone reading the post, as plain text, trimmed', async () => {
    const giulia = await watch('giulia');
    const written = '  I liked the <b>boats</b>! See https://example.org/boats  ';
    const created = await api('janis').comment({ body: written });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      itemId: world.post.id,
      body: 'I liked the <b>boats</b>! See https://example.org/boats',
      author: { userId: world.as.janis.me.id, displayName: 'Jānis', schoolName: 'Daugavpils Secondary School', country: 'LV' },
      hidden: false,
      canDelete: true,
    });

    const heard = await waitFor(() => lastHeard(giulia, created.body.id), { message: 'Giulia to hear of the comment' });
    expect(heard).toMatchObject({ id: created.body.id, body: created.body.body, hidden: false, canDelete: false });

    const listed = await api('andrei').comments();
    expect(listed.status).toBe(200);
    expect(listed.body.map((comment) => comment.body)).toEqual([created.body.body]);
    // Guests read along.
    expect((await api('guest').comments()).body).toHaveLength(1);
  });

  it('refuses comments and reactions from guests, on drafts, and bodies that are empty or too long', async () => {
    const guest = await api('guest').comment({ body: 'Hello from a parent' });
    expect(guest.status).toBe(403);
    expect(guest.body.code).toBe('forbidden');
    expect((await api('guest').react('PUT', '👍')).status).toBe(403);

    const onDraft = await api('lucia').comment({ body: 'First!' }, draft.id);
    expect(onDraft.status).toBe(409);
    expect(onDraft.body.code).toBe('wrong_status');
    expect((await api('lucia').react('PUT', '👍', draft.id)).body.code).toBe('wrong_status');

    const empty = await api('lucia').comment({ body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'invalid_request', field: 'body' });
    expect((await api('lucia').comment({ body: 'x'.repeat(2001) })).status).toBe(400);
    expect((await api('lucia').comment({ text: 'wrong field' })).body.field).toBe('body');

    // A post that does not exist, and a document that is not a post, are not found.
    expect((await api('lucia').comment({ body: 'Hi' }, 'no-such-post')).status).toBe(404);
    const { body: spaces } = await getJson<{ items: ItemSummary[] }[]>(world.server.url, '/api/spaces', world.as.lucia.cookie);
    const doc = spaces.flatMap((space) => space.items).find((item) => item.type === 'doc')!;
    expect((await api('lucia').comments(doc.id)).status).toBe(404);
  });

  it('hides a comment: gone for pupils at once, still shown to teachers, flagged; and shows it again', async () => {
    const giulia = await watch('giulia');
    const marco = await watch('marco');
    const { body: comment } = await api('andrei').comment({ body: 'Something unkind' });
    await waitFor(() => lastHeard(giulia, comment.id) && lastHeard(marco, comment.id), { message: 'both to hear of the comment' });

    // A pupil may not hide it.
    const byPupil = await api('lucia').hide(comment.id, true);
    expect(byPupil.status).toBe(403);
    expect(byPupil.body.code).toBe('forbidden');

    // Marco teaches at the Italian school, which has no pupil in Harbour: he moderates all the same.
    expect(world.harbour.members.map((member) => member.country)).not.toContain('IT');
    const hidden = await api('marco').hide(comment.id, true);
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({ id: comment.id, hidden: true, canDelete: true });

    await waitFor(() => lastHeard(giulia, comment.id) === 'deleted', { message: 'the comment to disappear for Giulia' });
    const flagged = await waitFor(() => {
      const heard = lastHeard(marco, comment.id);
      return heard !== 'deleted' && heard?.hidden ? heard : undefined;
    }, { message: 'Marco to see the comment flagged as hidden' });
    expect(flagged.body).toBe('Something unkind');

    expect((await api('lucia').comments()).body.map((c) => c.id)).not.toContain(comment.id);
    expect((await api('guest').comments()).body.map((c) => c.id)).not.toContain(comment.id);
    expect((await api('ana').comments()).body.find((c) => c.id === comment.id)).toMatchObject({ hidden: true, canDelete: true });
    // Not even its author sees it now; to pupils it is as if it did not exist.
    expect((await api('andrei').comments()).body.map((c) => c.id)).not.toContain(comment.id);
    expect((await api('andrei').remove(comment.id)).status).toBe(404);

    const shown = await api('ana').hide(comment.id, false);
    expect(shown.body.hidden).toBe(false);
    await waitFor(() => {
      const heard = lastHeard(giulia, comment.id);
      return heard !== 'deleted' && heard?.hidden === false;
    }, { message: 'the comment to come back for Giulia' });

    const { body: audit } = await api('carmen').audit();
    const hide = audit.find((entry) => entry.action === 'comment.hide' && entry.targetId === comment.id);
    expect(hide).toMatchObject({
      targetType: 'comment',
      actor: { displayName: 'Marco', country: 'IT' },
      subject: { displayName: 'Andrei', country: 'RO' },
      detail: { itemId: world.post.id },
    });
    expect(audit.find((entry) => entry.action === 'comment.show' && entry.targetId === comment.id)?.actor?.displayName).toBe('Ana');
  });

  it('deletes comments: its author their own, a teacher any (audited), other pupils none', async () => {
    const giulia = await watch('giulia');
    const { body: mine } = await api('lucia').comment({ body: 'Oops, wrong post' });
    const { body: rude } = await api('lucia').comment({ body: 'Rude words' });

    const byOther = await api('janis').remove(mine.id);
    expect(byOther.status).toBe(403);
    expect(byOther.body?.code).toBe('forbidden');
    expect((await api('guest').remove(mine.id)).status).toBe(403);

    expect((await api('lucia').remove(mine.id)).status).toBe(204);
    expect((await api('marco').remove(rude.id)).status).toBe(204);
    await waitFor(() => lastHeard(giulia, mine.id) === 'deleted' && lastHeard(giulia, rude.id) === 'deleted', {
      message: 'both comments to disappear for Giulia',
    });

    for (const who of ['lucia', 'carmen'] as const) {
      const ids = (await api(who).comments()).body.map((c) => c.id);
      expect(ids).not.toContain(mine.id);
      expect(ids).not.toContain(rude.id);
    }
    expect((await api('marco').remove(rude.id)).status).toBe(404);
    expect((await api('marco').hide(rude.id, true)).status).toBe(404);

    const { body: audit } = await api('ilze').audit();
    expect(audit.find((entry) => entry.action === 'comment.delete' && entry.targetId === rude.id)).toMatchObject({
      actor: { displayName: 'Marco' },
      subject: { displayName: 'Lucía' },
    });
    // Taking back one's own words is not moderation.
    expect(audit.some((entry) => entry.targetId === mine.id)).toBe(false);
  });

  it('toggles reactions and tells every reader the new counts', async () => {
    const giulia = await watch('giulia');
    const given = await api('janis').react('PUT', '👍');
    expect(given.status).toBe(200);
    expect(given.body.map((reaction) => reaction.emoji)).toEqual(['👍', '❤️', '😂', '😮', '👏', '🎉']);
    expect(given.body.find((reaction) => reaction.emoji === '👍')).toEqual({ emoji: '👍', count: 1, mine: true });
    await waitFor(() => giulia.reactions.some((counts) => count(counts, '👍') === 1), { message: 'Giulia to hear 👍 1' });

    // Giving it twice counts once.
    expect(count((await api('janis').react('PUT', '👍')).body, '👍')).toBe(1);
    const lucia = await api('lucia').react('PUT', '👍');
    expect(lucia.body.find((reaction) => reaction.emoji === '👍')).toEqual({ emoji: '👍', count: 2, mine: true });
    const heart = await api('lucia').react('PUT', '❤️');
    expect(heart.body.find((reaction) => reaction.emoji === '❤️')).toMatchObject({ count: 1, mine: true });
    await waitFor(() => giulia.reactions.some((counts) => count(counts, '👍') === 2 && count(counts, '❤️') === 1), {
      message: 'Giulia to hear 👍 2 and ❤️ 1',
    });

    const taken = await api('janis').react('DELETE', '👍');
    expect(taken.body.find((reaction) => reaction.emoji === '👍')).toEqual({ emoji: '👍', count: 1, mine: false });
    await waitFor(() => count(giulia.reactions.at(-1) ?? [], '👍') === 1, { message: 'Giulia to hear 👍 back to 1' });
    // Each reader keeps their own: the broadcast never says "mine".
    expect(giulia.reactions.flat().every((reaction) => !reaction.mine)).toBe(true);

    const { body: published } = await getJson<PublishedPost>(world.server.url, `/api/posts/${world.post.id}/published`, world.as.lucia.cookie);
    expect(published.reactions.find((reaction) => reaction.emoji === '❤️')).toMatchObject({ count: 1, mine: true });
  });

  it('refuses reactions that are not in the set', async () => {
    for (const emoji of ['💩', 'like', '👍👍']) {
      const refused = await api('janis').react('PUT', emoji);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'invalid_request', field: 'emoji' });
    }
  });

  it('limits how fast one person writes comments, saying when to try again', async () => {
    for (let index = 1; index <= 10; index += 1) {
      expect((await api('ana').comment({ body: `Comment number ${index}` })).status).toBe(201);
    }
    const refused = await api('ana').comment({ body: 'One too many' });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('too_many_attempts');
    expect(refused.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.body.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(Number(refused.headers.get('retry-after'))).toBe(refused.body.retryAfterSeconds);
    // Others are not slowed down by Ana.
    expect((await api('carmen').comment({ body: 'Thank you all!' })).status).toBe(201);
  });
});
