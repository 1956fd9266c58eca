import { Copy } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import './UnsentComment.css';

/** A comment that could not be sent because the post left the blog: kept in view, to copy. */
export function UnsentComment({ text }: { text: string }) {
  const t = useT();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // No clipboard (an insecure page, or refused): select the text so the reader can copy it by hand.
      textRef.current?.select();
    }
  };

  return (
    <div className="unsent-comment">
      <label className="unsent-comment__label" htmlFor={`${id}-text`}>
        {t('blog.comment.unsent')}
      </label>
      <p className="unsent-comment__explain" id={`${id}-explain`}>
        {t('blog.comment.unsentExplain')}
      </p>
      <textarea
        ref={textRef}
        id={`${id}-text`}
        className="field__input unsent-comment__text"
        readOnly
        rows={3}
        value={text}
        aria-describedby={`${id}-explain`}
      />
      <div className="unsent-comment__actions">
        <Button variant="secondary" icon={<Copy size={18} />} onClick={() => void copy()}>
          {t('blog.comment.copy')}
        </Button>
        <span role="status" className="unsent-comment__copied">
          {copied ? t('blog.comment.copied') : ''}
        </span>
      </div>
    </div>
  );
}
