import { LIMITS, type PostComment } from '@kopa/protocol';
import { Send } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ApiRequestError } from '../../api/api-client';
import { errorMessage } from '../../i18n/error-message';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { FieldFrame } from '../../ui/FieldFrame';
import { blogApi } from './blog-api';
import './CommentComposer.css';

/** Writing a comment: plain text, sent with the button (Enter makes a new line). */
export function CommentComposer({ itemId, onSent }: { itemId: string; onSent(comment: PostComment): void }) {
  const t = useT();
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('blog.comment.required'));
      return;
    }
    setSending(true);
    setError(null);
    try {
      onSent(await blogApi.addComment(itemId, { body: body.trim() }));
      setBody('');
    } catch (failure) {
      // 409: unpublished while the comment was being written.
      setError(failure instanceof ApiRequestError && failure.code === 'wrong_status' ? t('blog.comment.notPublished') : errorMessage(failure, t));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="comment-composer" onSubmit={(event) => void send(event)} noValidate>
      <FieldFrame label={t('blog.comment.write')} hint={t('blog.comment.writeHint')} error={error}>
        {(control) => (
          <textarea
            className="field__input comment-composer__text"
            rows={3}
            maxLength={LIMITS.commentMaxLength}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            {...control}
          />
        )}
      </FieldFrame>
      <Button type="submit" icon={<Send size={18} />} disabled={sending}>
        {t('blog.comment.send')}
      </Button>
    </form>
  );
}
