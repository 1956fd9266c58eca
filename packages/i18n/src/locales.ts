import { en } from './catalogs/en.js';
import { lv } from './catalogs/lv.js';
import type { Catalog } from './catalog.js';

export const LOCALES = ['en', 'lv'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const catalogs: Readonly<Record<Locale, Catalog>> = { en, lv };

/** Each language named in itself, as a language switcher shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', lv: 'Latviešu' };

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
