export type { Catalog, MessageId } from './catalog.js';
export { catalogs } from './catalogs.js';
export { loadCatalog } from './load-catalog.js';
export { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, negotiateLocale, type Locale } from './locales.js';
export { countryName, createTranslator, type MessageValues, type Translate } from './translator.js';
