import { useT } from '../i18n/use-t';
import { newsText } from './live-news';
import type { LiveNewsBatch } from './use-live-session';

/**
 * One polite live region for what changed in the lesson (a hand up, a new poll,
 * the spotlight): said once, in a few words. The chat has its own log. What is
 * shown on screen meanwhile (LiveNewsToast) is not a live region: said once only.
 */
export function LiveNewsAnnouncer({ news }: { news: LiveNewsBatch }) {
  const t = useT();
  const text = newsText(news.news, t);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {/* The key makes the same words count as new when they come again. */}
      <span key={news.serial}>{text}</span>
    </p>
  );
}
