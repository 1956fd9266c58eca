import type { MessageId } from '@kopa/i18n';
import { useT } from '../i18n/use-t';
import type { LiveNews } from './live-news';
import type { LiveNewsBatch } from './use-live-session';

type Translate = ReturnType<typeof useT>;

const PLAIN: Partial<Record<LiveNews['kind'], MessageId>> = {
  myHandLowered: 'live.news.myHandLowered',
  released: 'live.news.released',
  muted: 'live.news.muted',
  unmuted: 'live.news.unmuted',
  nowHost: 'live.news.nowHost',
  timerStarted: 'live.news.timerStarted',
};

function sentence(news: LiveNews, t: Translate): string {
  switch (news.kind) {
    case 'handRaised':
      return t('live.news.handRaised', { name: news.name });
    case 'spotlight':
      return t('live.news.spotlight', { name: news.name, title: news.title });
    case 'pollOpened':
      return t('live.news.pollOpened', { question: news.question });
    case 'pollRevealed':
      return t('live.news.pollRevealed', { question: news.question });
    default:
      return t(PLAIN[news.kind]!);
  }
}

/**
 * One polite live region for what changed in the lesson (a hand up, a new poll,
 * the spotlight): said once, in a few words. The chat has its own log.
 */
export function LiveNewsAnnouncer({ news }: { news: LiveNewsBatch }) {
  const t = useT();
  const text = news.news.map((item) => sentence(item, t)).join(' ');
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {/* The key makes the same words count as new when they come again. */}
      <span key={news.serial}>{text}</span>
    </p>
  );
}
