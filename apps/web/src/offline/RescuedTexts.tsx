import { AlertTriangle, Copy, Trash2 } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { copyToClipboard } from './copy-to-clipboard';
import { removeRescuedText, type RescuedText } from './rescued-texts';
import { useRescuedTexts } from './use-rescued-texts';
import './RescuedTexts.css';

/**
 * On an item's page: the text this person wrote there that the server would not take
 * (a teacher paused editing, or rights changed while they were offline), with why, in a
 * read-only box to copy from. It stays until they remove it, even after a reload.
 */
export function RescuedTexts({ userId, itemId }: { userId: string; itemId: string }) {
  const texts = useRescuedTexts(userId, itemId);
  if (texts.length === 0) return null;
  return (
    <>
      {texts.map((text) => (
        <RescuedTextPanel key={text.id} userId={userId} text={text} />
      ))}
    </>
  );
}

function RescuedTextPanel({ userId, text }: { userId: string; text: RescuedText }) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [notice, setNotice] = useState<'copied' | 'selected' | null>(null);
  const copy = () => {
    void copyToClipboard(text.text, field.current).then(setNotice);
  };
  return (
    <section className="rescued-text" aria-labelledby={`${id}-title`}>
      <div className="rescued-text__head">
        <AlertTriangle className="rescued-text__icon" size={22} aria-hidden="true" />
        <div>
          <h2 id={`${id}-title`} className="rescued-text__title">
            {text.title ? t('offline.rescue.titleOf', { title: text.title }) : t('offline.rescue.title')}
          </h2>
          <p className="rescued-text__why" role="alert">
            {t(text.offline ? 'offline.rescue.whyOffline' : 'offline.rescue.whyOnline')}
          </p>
        </div>
      </div>
      <label className="rescued-text__label" htmlFor={`${id}-text`}>
        {t('offline.rescue.textLabel')}
      </label>
      <textarea id={`${id}-text`} ref={field} className="rescued-text__text" readOnly value={text.text} rows={Math.min(10, Math.max(3, text.text.split('\n').length + 1))} />
      <div className="rescued-text__actions">
        <Button icon={<Copy size={18} />} onClick={copy}>
          {t('offline.rescue.copy')}
        </Button>
        <Button variant="secondary" icon={<Trash2 size={18} />} aria-describedby={`${id}-remove-hint`} onClick={() => removeRescuedText(userId, text.id)}>
          {t('offline.rescue.remove')}
        </Button>
        <p id={`${id}-remove-hint`} className="rescued-text__hint">
          {t('offline.rescue.removeHint')}
        </p>
      </div>
      <p className="rescued-text__notice" role="status">
        {notice ? t(notice === 'copied' ? 'offline.rescue.copied' : 'offline.rescue.selected') : ''}
      </p>
    </section>
  );
}
