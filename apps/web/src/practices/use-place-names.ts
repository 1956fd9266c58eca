import { countryName } from '@kopa/i18n';
import { useMemo } from 'react';
import { useLocale } from '../i18n/use-t';
import { languageName } from '../partnerships/places';

/** Country and language names in the reader's language, from their codes ("ES" → "Spain", "lv" → "latviešu"). */
export function usePlaceNames() {
  const { locale } = useLocale();
  return useMemo(
    () => ({
      country: (code: string) => countryName(code, locale),
      language: (code: string) => languageName(locale, code),
    }),
    [locale],
  );
}
