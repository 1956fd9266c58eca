import { createTranslator, type Locale, type Translate } from '@kopa/i18n';

/** The words and dates of an export, in the language asked for (dates in UTC: the export is read anywhere). */
export interface ExportWords {
  t: Translate;
  formatDate(time: number): string;
  formatDateRange(from: number, to: number): string;
}

export function exportWords(locale: Locale): ExportWords {
  const { t, intl } = createTranslator(locale);
  return {
    t,
    formatDate: (time) => intl.formatDate(time, { dateStyle: 'long', timeZone: 'UTC' }),
    formatDateRange: (from, to) => intl.formatDateTimeRange(from, to, { dateStyle: 'long', timeZone: 'UTC' }),
  };
}
