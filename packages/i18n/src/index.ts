export type { Catalog, MessageId } from './catalog.js';
export { catalogs, DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, negotiateLocale, type Locale } from './locales.js';
export { countryName, createTranslator, type MessageValues, type Translate } from './translator.js';
