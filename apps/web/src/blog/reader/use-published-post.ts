import type { PostComment, PublishedPost, Reaction, ReactionCount } from '@kopa/protocol';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMe } from '../../session/use-session';
import { blogApi } from './blog-api';
import { applyCommentEvent, type CommentEvent } from './live-comments';
import { mineOf, reactionBar } from './live-reactions';
import { usePostWatch } from './use-post-watch';

export type PublishedPostState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; post: PublishedPost };

export type CommentsState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; comments: PostComment[] };

/**
 * A published post with its comments and reactions, kept live: what others write and
 * how they react arrives over the control socket; a new version or unpublishing reloads.
 */
export function usePublishedPost(itemId: string) {
  const me = useMe();
  const [post, setPost] = useState<PublishedPostState>({ status: 'loading' });
  const [comments, setComments] = useState<CommentsState>({ status: 'loading' });
  const [counts, setCounts] = useState<ReactionCount[]>([]);
  const [mine, setMine] = useState<ReadonlySet<Reaction>>(new Set());
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    blogApi.published(itemId).then(
      (loaded) => {
        if (!current) return;
        setPost({ status: 'ready', post: loaded });
        setCounts(loaded.reactions);
        setMine(mineOf(loaded.reactions));
      },
      (error: unknown) => current && setPost({ status: 'failed', error }),
    );
    blogApi.comments(itemId).then(
      (loaded) => current && setComments({ status: 'ready', comments: loaded }),
      (error: unknown) => current && setComments({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [itemId, attempt]);

  const canModerate = post.status === 'ready' && post.post.canModerate;
  const viewer = useMemo(() => ({ userId: me.id, canModerate }), [me.id, canModerate]);
  const onComment = useCallback(
    (event: CommentEvent) => setComments((state) => (state.status === 'ready' ? { status: 'ready', comments: applyCommentEvent(state.comments, event, viewer) } : state)),
    [viewer],
  );
  usePostWatch(itemId, useMemo(() => ({ onComment, onReactions: setCounts, onStale: reload }), [onComment, reload]));

  /** My own reaction changed: the server's answer to me is the only one that knows which are mine. */
  const reacted = useCallback((answer: ReactionCount[]) => {
    setCounts(answer);
    setMine(mineOf(answer));
  }, []);

  return {
    post,
    comments,
    reactions: reactionBar(counts, mine),
    reload,
    reacted,
    /** After this user's own change to a comment (the broadcast may come before or after). */
    commentChanged: onComment,
  };
}
