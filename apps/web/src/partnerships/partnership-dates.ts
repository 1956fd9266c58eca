/** ISO dates (YYYY-MM-DD) as people read them, e.g. "1 Sept 2026 – 30 June 2028"; null when neither is set. */
export function formatDateRange(start: string | null, end: string | null, locale: string): string | null {
  if (!start && !end) return null;
  const format = (iso: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return `${start ? format(start) : '…'} – ${end ? format(end) : '…'}`;
}

/** A moment (epoch ms) as a date, e.g. for when a link stops working. */
export function formatDay(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(epochMs));
}
