import { Megaphone, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import { newsText } from './live-news';
import type { LiveNewsBatch } from './use-live-session';

/** How long a notice stays (unless the pointer or the keyboard is on it). */
const SHOWN_MS = 6_000;

interface LiveNewsToastProps {
  /** Drawn only while the panel is folded: open, the panel itself shows what changed. */
  news: LiveNewsBatch;
  /** Closed with its button: the keyboard goes back to the bar. */
  onClosed(): void;
}

/**
 * What changed in the lesson, a few seconds on screen above the folded bar (a
 * new poll, "your hand is down", "you can go wherever you like again"): the same
 * words the live region says. Not a live region itself, so they are heard once.
 */
export function LiveNewsToast({ news, onClosed }: LiveNewsToastProps) {
  const t = useT();
  const [seen, setSeen] = useState(news.serial);
  const [shown, setShown] = useState<LiveNewsBatch | null>(null);
  // Held while the pointer rests on it or the keyboard is in it: read at one's own pace.
  const [held, setHeld] = useState(false);

  // News that comes while this is drawn (the panel folded) shows, replacing what was there.
  if (news.serial !== seen) {
    setSeen(news.serial);
    setShown(news.news.length > 0 ? news : null);
  }

  useEffect(() => {
    if (!shown || held) return;
    const timer = window.setTimeout(() => setShown(null), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [shown, held]);

  if (!shown) return null;
  const close = () => {
    setShown(null);
    setHeld(false);
    onClosed();
  };
  return (
    <div
      className="live-toast"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Megaphone className="live-toast__icon" size={18} aria-hidden="true" />
      <p className="live-toast__text">{newsText(shown.news, t)}</p>
      <IconButton className="live-toast__close" label={t('live.toast.close')} icon={<X size={18} />} onClick={close} />
    </div>
  );
}
