import { useCallback } from 'react';
import { useIntl } from 'react-intl';

/** An ISO calendar date as a Date at UTC midnight: formatted in UTC, it is the same day everywhere. */
export function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / 86_400_000);
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };

/** Dates and date ranges in the reader's language: "5–9 Oct 2026", "5. okt. – 9. okt. 2026". */
export function useDateFormat() {
  const intl = useIntl();
  const date = useCallback((isoDate: string) => intl.formatDate(utcDate(isoDate), DATE), [intl]);
  const range = useCallback(
    (start: string, end: string) =>
      start === end ? intl.formatDate(utcDate(start), DATE) : intl.formatDateTimeRange(utcDate(start), utcDate(end), DATE),
    [intl],
  );
  return { date, range };
}
