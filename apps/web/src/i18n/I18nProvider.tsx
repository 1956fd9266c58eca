import { DEFAULT_LOCALE, isLocale, loadCatalog, negotiateLocale, type Catalog, type Locale } from '@kopa/i18n';
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { ensureFormatters } from './intl-polyfills';

const STORAGE_KEY = 'kopa.locale';

export interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const LocaleContext = createContext<LocaleState>({ locale: DEFAULT_LOCALE, setLocale: () => {} });

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // storage can be blocked; the browser's languages still work
  }
  return negotiateLocale(navigator.languages ?? [navigator.language]);
}

interface Loaded {
  locale: Locale;
  messages: Catalog;
}

let first: Loaded | null = null;

/** A language's words, and its dates, numbers and lists where the browser lacks them (fetched side by side). */
function loadLanguage(locale: Locale): Promise<Catalog> {
  return Promise.all([loadCatalog(locale), ensureFormatters(locale)]).then(([messages]) => messages);
}

/**
 * Fetches the reader's language before the app's first render (main.tsx waits for it), so index.html's
 * painted mark stays until the words are here: no flash of another language. A failure is left to the
 * provider, which tries again and falls back to English.
 */
export async function loadFirstLanguage(): Promise<void> {
  const locale = initialLocale();
  try {
    first = { locale, messages: await loadLanguage(locale) };
  } catch {
    first = null;
  }
}

/**
 * The user's language: remembered on this device, first guessed from the browser. Only that
 * language's catalog is downloaded; a switch shows the old words until the new ones arrive.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState<Locale>(() => first?.locale ?? initialLocale());
  const [loaded, setLoaded] = useState<Loaded | null>(first);

  useEffect(() => {
    if (loaded?.locale === wanted) return;
    let current = true;
    const load = loadLanguage(wanted);
    // A catalog that fails to arrive (offline, before the service worker has it) leaves the last language.
    load.then(
      (messages) => {
        if (current) setLoaded({ locale: wanted, messages });
      },
      () => {
        if (current && wanted !== DEFAULT_LOCALE) setWanted((shown) => (shown === wanted ? DEFAULT_LOCALE : shown));
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded?.locale]);

  const setLocale = useCallback((next: Locale) => {
    setWanted(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  }, []);

  const shown = loaded?.locale ?? wanted;
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);

  const value = useMemo(() => ({ locale: shown, setLocale }), [shown, setLocale]);
  // Only when even English failed to load (offline, nothing cached): main.tsx waited for it.
  if (!loaded) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={loaded.locale} defaultLocale={DEFAULT_LOCALE} messages={loaded.messages}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
