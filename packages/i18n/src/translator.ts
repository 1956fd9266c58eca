import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { MessageId } from './catalog.js';
import { catalogs } from './catalogs.js';
import { DEFAULT_LOCALE, type Locale } from './locales.js';

export type MessageValues = Record<string, string | number | Date>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

const cache = createIntlCache();

/** An ICU formatter for one locale; the web app's React provider wraps the same catalogs. */
export function createTranslator(locale: Locale): { intl: IntlShape<string>; t: Translate } {
  const intl = createIntl(
    { locale, defaultLocale: DEFAULT_LOCALE, messages: catalogs[locale] },
    cache,
  );
  const t: Translate = (id, values) => intl.formatMessage({ id }, values);
  return { intl, t };
}

/** A country's name in the reader's language, from its ISO 3166 code ("LV" → "Latvija"). */
export function countryName(countryCode: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(countryCode) ?? countryCode;
  } catch {
    return countryCode;
  }
}
