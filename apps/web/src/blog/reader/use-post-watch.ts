import type { PostComment, ReactionCount } from '@kopa/protocol';
import { useEffect, useRef } from 'react';
import { useControlSocket } from '../../live/ControlSocketProvider';
import type { CommentEvent } from './live-comments';

export interface PostWatchHandlers {
  onComment(event: CommentEvent): void;
  onReactions(reactions: ReactionCount[]): void;
  /** Published, unpublished, or back after a lost connection (events may have been missed): fetch again. */
  onStale(): void;
}

/**
 * Follows one post's comments and reactions live: joins its room with 'post:watch' while
 * the page is open (again after each reconnection) and leaves with 'post:unwatch'.
 */
export function usePostWatch(itemId: string, handlers: PostWatchHandlers): void {
  const socket = useControlSocket();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  }, [handlers]);

  useEffect(() => {
    if (!socket) return;
    let joinedBefore = false;
    const watch = () => {
      // A refusal needs no answer here: the post itself then fails to load with the reason.
      socket.emit('post:watch', { itemId }, () => {});
      if (joinedBefore) latest.current.onStale();
      joinedBefore = true;
    };
    const onComment = (event: { itemId: string; comment: PostComment } | { itemId: string; deleted: string }) => {
      if (event.itemId === itemId) latest.current.onComment(event);
    };
    const onReactions = (event: { itemId: string; reactions: ReactionCount[] }) => {
      if (event.itemId === itemId) latest.current.onReactions(event.reactions);
    };
    const onChanged = (event: { itemId: string }) => {
      if (event.itemId === itemId) latest.current.onStale();
    };
    socket.on('post:comment', onComment);
    socket.on('post:reactions', onReactions);
    socket.on('post:changed', onChanged);
    socket.on('connect', watch);
    if (socket.connected) watch();
    return () => {
      socket.off('post:comment', onComment);
      socket.off('post:reactions', onReactions);
      socket.off('post:changed', onChanged);
      socket.off('connect', watch);
      socket.emit('post:unwatch', { itemId });
    };
  }, [socket, itemId]);
}
