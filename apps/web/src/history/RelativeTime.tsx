import { useEffect, useMemo, useState } from 'react';
import { useLocale } from '../i18n/use-t';
import { relativeTime } from './relative-time';

/** One clock for every time on the page, ticking each half minute so "now" becomes "1 minute ago". */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** "3 minutes ago" in the reader's language; the exact date and time on hover and for screen readers' details. */
export function RelativeTime({ at }: { at: number }) {
  const { locale } = useLocale();
  const now = useNow();
  const formats = useMemo(
    () => ({
      relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
      exact: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    }),
    [locale],
  );
  const { value, unit } = relativeTime(at, now);
  const exact = formats.exact.format(at);
  return (
    <time dateTime={new Date(at).toISOString()} title={exact}>
      {formats.relative.format(value, unit)}
    </time>
  );
}
