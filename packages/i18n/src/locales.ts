/** The languages Kopa speaks: the partner countries' languages plus English. */
export const LOCALES = ['en', 'lv', 'es', 'it', 'ro', 'bg', 'mk', 'fr', 'de', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as a language switcher shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  lv: 'Latviešu',
  es: 'Español',
  it: 'Italiano',
  ro: 'Română',
  bg: 'Български',
  mk: 'Македонски',
  fr: 'Français',
  de: 'Deutsch',
  pt: 'Português',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the first supported language from a browser's preference list (e.g. `navigator.languages`). */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
