import type { PostComment, ReactionCount } from '@kopa/protocol';
import { REACTIONS } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { applyCommentEvent } from './live-comments';
import { mineOf, reactionBar } from './live-reactions';

const comment = (id: string, authorId: string, createdAt: number, extra: Partial<PostComment> = {}): PostComment => ({
  id,
  itemId: 'post',
  body: `comment ${id}`,
  author: { userId: authorId, displayName: authorId, schoolName: null, country: null },
  createdAt,
  hidden: false,
  canDelete: false,
  ...extra,
});

const pupil = { userId: 'janis', canModerate: false };
const teacher = { userId: 'carmen', canModerate: true };

describe('live comments', () => {
  const list = [comment('a', 'lucia', 1), comment('b', 'janis', 3, { canDelete: true })];

  it('adds a new comment in time order; its author and teachers may delete it', () => {
    const mine = applyCommentEvent(list, { comment: comment('c', 'janis', 2) }, pupil);
    expect(mine.map((c) => [c.id, c.canDelete])).toEqual([['a', false], ['c', true], ['b', true]]);
    const theirs = applyCommentEvent(list, { comment: comment('c', 'lucia', 4) }, pupil);
    expect(theirs.at(-1)?.canDelete).toBe(false);
    expect(applyCommentEvent(list, { comment: comment('c', 'lucia', 4) }, teacher).at(-1)?.canDelete).toBe(true);
  });

  it('replaces a known comment, keeping what the server said the reader may do', () => {
    const edited = applyCommentEvent(list, { comment: comment('b', 'janis', 3, { body: 'changed' }) }, pupil);
    expect(edited.map((c) => [c.id, c.body, c.canDelete])).toEqual([['a', 'comment a', false], ['b', 'changed', true]]);
  });

  it('takes a hidden comment away from pupils but shows it, flagged, to teachers', () => {
    const hidden = { comment: comment('a', 'lucia', 1, { hidden: true }) };
    expect(applyCommentEvent(list, hidden, pupil).map((c) => c.id)).toEqual(['b']);
    expect(applyCommentEvent(list, hidden, teacher).map((c) => [c.id, c.hidden])).toEqual([['a', true], ['b', false]]);
  });

  it('removes a deleted comment, and ignores one it never had', () => {
    expect(applyCommentEvent(list, { deleted: 'a' }, pupil).map((c) => c.id)).toEqual(['b']);
    expect(applyCommentEvent(list, { deleted: 'zzz' }, pupil)).toEqual(list);
  });
});

describe('the reactions bar', () => {
  it('lists every reaction of the set, counts from the broadcast, mine from my own answers', () => {
    const fromServer: ReactionCount[] = [{ emoji: '❤️', count: 2, mine: true }];
    const mine = mineOf(fromServer);
    const broadcast: ReactionCount[] = [
      { emoji: '❤️', count: 3, mine: false },
      { emoji: '🎉', count: 1, mine: false },
    ];
    const bar = reactionBar(broadcast, mine);
    expect(bar.map((r) => r.emoji)).toEqual([...REACTIONS]);
    expect(bar.filter((r) => r.count > 0)).toEqual([
      { emoji: '❤️', count: 3, mine: true },
      { emoji: '🎉', count: 1, mine: false },
    ]);
  });
});
