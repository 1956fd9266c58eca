import type { Locale } from '@kopa/i18n';

/**
 * Chrome (and Debian's chromium, which the tests drive) carries date, number, list and language-name
 * data only for the languages of its own menus, and Macedonian is not among them: dates came out as
 * "2026 M12 7" and countries in English. Where the browser lacks the reader's language, formatjs's
 * polyfills and that language's data are fetched with its catalog (once: the service worker keeps
 * them). Other browsers and languages fetch nothing.
 */

/** The formatters Kopa uses whose data comes per language (plural rules have Macedonian everywhere). */
const FORMATTERS = ['DisplayNames', 'ListFormat', 'NumberFormat', 'RelativeTimeFormat', 'DateTimeFormat'] as const;

// One import per formatter and language, spelled out so the bundler splits each into its own file.
const localeData: Readonly<Record<Locale, () => Promise<unknown>[]>> = {
  en: () => [
    import('@formatjs/intl-displaynames/locale-data/en.js'),
    import('@formatjs/intl-listformat/locale-data/en.js'),
    import('@formatjs/intl-numberformat/locale-data/en.js'),
    import('@formatjs/intl-relativetimeformat/locale-data/en.js'),
    import('@formatjs/intl-datetimeformat/locale-data/en.js'),
  ],
  lv: () => [
    import('@formatjs/intl-displaynames/locale-data/lv.js'),
    import('@formatjs/intl-listformat/locale-data/lv.js'),
    import('@formatjs/intl-numberformat/locale-data/lv.js'),
    import('@formatjs/intl-relativetimeformat/locale-data/lv.js'),
    import('@formatjs/intl-datetimeformat/locale-data/lv.js'),
  ],
  es: () => [
    import('@formatjs/intl-displaynames/locale-data/es.js'),
    import('@formatjs/intl-listformat/locale-data/es.js'),
    import('@formatjs/intl-numberformat/locale-data/es.js'),
    import('@formatjs/intl-relativetimeformat/locale-data/es.js'),
    import('@formatjs/intl-datetimeformat/locale-data/es.js'),
  ],
  it: () => [
    import('@formatjs/intl-displaynames/locale-data/it.js'),
    import('@formatjs/intl-listformat/locale-data/it.js'),
    import('@formatjs/intl-numberformat/locale-data/it.js'),
    import('@formatjs/intl-relativetimeformat/locale-data/it.js'),
    import('@formatjs/intl-datetimeformat/locale-data/it.js'),
  ],
  ro: () => [
    import('@formatjs/intl-displaynames/locale-data/ro.js'),
    import('@formatjs/intl-listformat/locale-data/ro.js'),
    import('@formatjs/intl-numberformat/locale-data/ro.js'),
    import('@formatjs/intl-relativetimeformat/locale-data/ro.js'),
    import('@formatjs/intl-datetimeformat/locale-data/ro.js'),
  ],
  bg: () => [
    import('@formatjs/intl-displaynames/locale-data/bg.js'),
    import('@formatjs/intl-listformat/locale-data/bg.js'),
    import('@formatjs/intl-numberformat/locale-data/bg.js'),
    import('@formatjs/intl-relativetimeformat/locale-data/bg.js'),
    import('@formatjs/intl-datetimeformat/locale-data/bg.js'),
  ],
  mk: () => [
    import('@formatjs/intl-displaynames/locale-data/mk.js'),
    import('@formatjs/intl-listformat/locale-data/mk.js'),
    import('@formatjs/intl-numberformat/locale-data/mk.js'),
    import('@formatjs/intl-relativetimeformat/locale-data/mk.js'),
    import('@formatjs/intl-datetimeformat/locale-data/mk.js'),
  ],
  fr: () => [
    import('@formatjs/intl-displaynames/locale-data/fr.js'),
    import('@formatjs/intl-listformat/locale-data/fr.js'),
    import('@formatjs/intl-numberformat/locale-data/fr.js'),
    import('@formatjs/intl-relativetimeformat/locale-data/fr.js'),
    import('@formatjs/intl-datetimeformat/locale-data/fr.js'),
  ],
  de: () => [
    import('@formatjs/intl-displaynames/locale-data/de.js'),
    import('@formatjs/intl-listformat/locale-data/de.js'),
    import('@formatjs/intl-numberformat/locale-data/de.js'),
    import('@formatjs/intl-relativetimeformat/locale-data/de.js'),
    import('@formatjs/intl-datetimeformat/locale-data/de.js'),
  ],
  pt: () => [
    import('@formatjs/intl-displaynames/locale-data/pt.js'),
    import('@formatjs/intl-listformat/locale-data/pt.js'),
    import('@formatjs/intl-numberformat/locale-data/pt.js'),
    import('@formatjs/intl-relativetimeformat/locale-data/pt.js'),
    import('@formatjs/intl-datetimeformat/locale-data/pt.js'),
  ],
};

let installed: Promise<void> | null = null;

/** Puts the polyfills in place once (the time zone is read from the browser's own formatter first). */
function install(): Promise<void> {
  installed ??= (async () => {
    const timeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    await import('./intl-polyfills-install');
    try {
      (Intl.DateTimeFormat as unknown as { __setDefaultTimeZone(zone: string): void }).__setDefaultTimeZone(timeZone);
    } catch {
      // A zone formatjs does not know: times are shown in UTC rather than not at all.
    }
  })();
  return installed;
}

/** Whether some formatter lacks `locale` here (after the polyfills: whether its data is loaded). */
export function formattersLack(locale: Locale): boolean {
  return FORMATTERS.some((name) => (Intl[name] as { supportedLocalesOf(locales: string[]): string[] }).supportedLocalesOf([locale]).length === 0);
}

/**
 * Makes dates, numbers, lists and names in `locale` right on this browser. Never fails: without the
 * network (a first visit offline) the browser's own formats stay.
 */
export async function ensureFormatters(locale: Locale): Promise<void> {
  if (!formattersLack(locale)) return;
  try {
    // The data first: it waits in a global for its polyfill, which takes it in when installed. A polyfill
    // with no data at all would throw, so none is installed unless the data has arrived.
    await Promise.all(localeData[locale]());
    await install();
  } catch {
    // Offline, or a file missing: the browser's own formats, as before.
  }
}
