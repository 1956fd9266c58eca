import { useT } from '../i18n/use-t';
import './EmptySpaces.css';

/** No space yet: a picture and one sentence saying what happens next. */
export function EmptySpaces() {
  const t = useT();
  return (
    <div className="empty-spaces">
      <svg viewBox="0 0 160 110" aria-hidden="true" focusable="false" className="empty-spaces__picture">
        <rect x="10" y="20" width="140" height="80" rx="16" fill="var(--color-surface)" stroke="var(--color-border)" strokeWidth="3" />
        <circle cx="58" cy="58" r="16" fill="var(--color-primary)" opacity=".85" />
        <circle cx="80" cy="58" r="16" fill="var(--color-sun)" opacity=".85" />
        <circle cx="102" cy="58" r="16" fill="var(--color-coral)" opacity=".85" />
      </svg>
      <p>{t('home.empty')}</p>
    </div>
  );
}
