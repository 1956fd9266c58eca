import { colorForUser, personLabel, type PostComment } from '@kopa/protocol';
import { EyeOff } from 'lucide-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage } from '../../i18n/error-message';
import { useT } from '../../i18n/use-t';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { blogApi } from './blog-api';
import type { CommentEvent } from './live-comments';
import { ReportButton } from './ReportButton';
import './CommentItem.css';

export interface CommentItemProps {
  comment: PostComment;
  /** The reader is a teacher: sees hidden comments and may hide, show and delete. */
  canModerate: boolean;
  own: boolean;
  onChanged(event: CommentEvent): void;
}

/**
 * One comment: who, when, and the text exactly as typed (plain text: an address in it is
 * not a link). Teachers hide, show or delete it; its author may delete it; others report it.
 */
export function CommentItem({ comment, canModerate, own, onChanged }: CommentItemProps) {
  const t = useT();
  const intl = useIntl();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const who = personLabel(comment.author.displayName, comment.author.country);

  const act = async (action: () => Promise<CommentEvent>) => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await action());
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  const toggleHidden = () => act(async () => ({ comment: await blogApi.setCommentHidden(comment.id, !comment.hidden) }));
  const remove = () =>
    act(async () => {
      await blogApi.deleteComment(comment.id);
      return { deleted: comment.id };
    });

  return (
    <li className={comment.hidden ? 'comment comment--hidden' : 'comment'}>
      <Avatar name={comment.author.displayName} color={colorForUser(comment.author.userId)} label={who} />
      <div className="comment__main">
        <p className="comment__meta">
          <span className="comment__author">{who}</span>
          <time className="comment__time" dateTime={new Date(comment.createdAt).toISOString()}>
            {intl.formatDate(comment.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
          {comment.hidden ? (
            <span className="comment__hidden">
              <EyeOff size={14} aria-hidden="true" />
              {t('blog.comment.hidden')}
            </span>
          ) : null}
        </p>
        <p className="comment__body">{comment.body}</p>
        {confirming ? (
          <ConfirmPanel
            label={t('blog.comment.delete')}
            tone="danger"
            confirmLabel={t('blog.comment.deleteYes')}
            keepLabel={t('blog.comment.keep')}
            busy={busy}
            onConfirm={() => void remove()}
            onKeep={() => setConfirming(false)}
          >
            <p>{t(own ? 'blog.comment.deleteOwnConfirm' : 'blog.comment.deleteConfirm')}</p>
          </ConfirmPanel>
        ) : (
          <div className="comment__actions">
            {canModerate ? (
              <Button variant="ghost" className="comment__action" disabled={busy} onClick={() => void toggleHidden()} aria-label={t(comment.hidden ? 'blog.comment.showLabel' : 'blog.comment.hideLabel', { name: who })}>
                {t(comment.hidden ? 'blog.comment.show' : 'blog.comment.hide')}
              </Button>
            ) : null}
            {comment.canDelete ? (
              <Button variant="ghost" className="comment__action" onClick={() => setConfirming(true)} aria-label={t('blog.comment.deleteLabel', { name: who })}>
                {t('blog.comment.delete')}
              </Button>
            ) : null}
            {/* Teachers act on comments themselves; their own are not theirs to report either. */}
            {own || canModerate ? null : <ReportButton targetType="comment" targetId={comment.id} label={t('blog.report.commentLabel', { name: who })} />}
          </div>
        )}
        {failure ? (
          <p className="comment__error" role="alert">
            {failure}
          </p>
        ) : null}
      </div>
    </li>
  );
}
