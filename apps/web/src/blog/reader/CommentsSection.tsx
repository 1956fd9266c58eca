import type { PostComment } from '@kopa/protocol';
import { useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { useMe } from '../../session/use-session';
import { LoadStatus } from '../../ui/LoadStatus';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import type { CommentEvent } from './live-comments';
import type { CommentsState } from './use-published-post';
import './CommentsSection.css';

export interface CommentsSectionProps {
  itemId: string;
  state: CommentsState;
  canComment: boolean;
  canModerate: boolean;
  onChanged(event: CommentEvent): void;
  onRetry(): void;
  /** The comment being typed, as it is typed. */
  onDraft?(text: string): void;
}

/** The conversation under a post, oldest first, with the box to join in (not for guests). */
export function CommentsSection({ itemId, state, canComment, canModerate, onChanged, onRetry, onDraft }: CommentsSectionProps) {
  const t = useT();
  const me = useMe();
  const heading = useRef<HTMLHeadingElement>(null);
  const comments: PostComment[] = state.status === 'ready' ? state.comments : [];

  const changed = (event: CommentEvent) => {
    onChanged(event);
    // The deleted comment took the focus with it: put it somewhere that makes sense.
    if ('deleted' in event) heading.current?.focus();
  };

  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 className="comments__heading" id="comments-heading" ref={heading} tabIndex={-1}>
        {t('blog.comments.heading', { count: comments.length })}
      </h2>
      <LoadStatus state={state} onRetry={onRetry} />
      {state.status === 'ready' && comments.length === 0 ? (
        <p className="comments__empty">{t(canComment ? 'blog.comments.emptyWrite' : 'blog.comments.empty')}</p>
      ) : null}
      {comments.length > 0 ? (
        <ol className="comments__list">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} canModerate={canModerate} own={comment.author.userId === me.id} onChanged={changed} />
          ))}
        </ol>
      ) : null}
      {canComment ? (
        <CommentComposer itemId={itemId} onSent={(comment) => onChanged({ comment })} onDraft={onDraft} />
      ) : (
        <p className="comments__closed">{t(me.role === 'guest' ? 'blog.comments.guest' : 'blog.comments.closed')}</p>
      )}
    </section>
  );
}
