import { LIMITS, type PostComment } from '@kopa/protocol';
import { Send } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { ApiRequestError } from '../../api/api-client';
import { errorMessage } from '../../i18n/error-message';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { FieldFrame } from '../../ui/FieldFrame';
import { blogApi } from './blog-api';
import './CommentComposer.css';

export interface CommentComposerProps {
  itemId: string;
  onSent(comment: PostComment): void;
  /** The text as it is typed, so it can be kept if the post goes away meanwhile. */
  onDraft?(text: string): void;
}

/** Writing a comment: plain text, sent with the button (Enter makes a new line). */
export function CommentComposer({ itemId, onSent, onDraft }: CommentComposerProps) {
  const t = useT();
  const [body, setBody] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const change = (text: string) => {
    setBody(text);
    onDraft?.(text);
  };
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
      change('');
    } catch (failure) {
      // 409: unpublished while the comment was being written.
      setError(failure instanceof ApiRequestError && failure.code === 'wrong_status' ? t('blog.comment.notPublished') : errorMessage(failure, t));
    } finally {
      setSending(false);
      // The button was disabled while sending and lost the focus: stay in the box, ready for the next one.
      textRef.current?.focus();
    }
  };

  return (
    <form className="comment-composer" onSubmit={(event) => void send(event)} noValidate>
      <FieldFrame label={t('blog.comment.write')} hint={t('blog.comment.writeHint')} error={error}>
        {(control) => (
          <textarea
            ref={textRef}
            className="field__input comment-composer__text"
            rows={3}
            maxLength={LIMITS.commentMaxLength}
            value={body}
            onChange={(event) => change(event.target.value)}
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
