/**
 * Countries and languages as pickers offer them: codes stored, names in the
 * reader's language from the browser's own Intl data (nothing to translate here).
 */

/** Erasmus+ programme countries, then the neighbours eTwinning reaches. */
export const COUNTRY_CODES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'MK', 'RS', 'TR', 'AL', 'AM', 'AZ', 'BA', 'CH',
  'GB', 'GE', 'JO', 'LB', 'MD', 'ME', 'TN', 'UA',
] as const;

/** The EU's official languages and those of its neighbours in Erasmus+. */
export const LANGUAGE_CODES = [
  'bg', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fi', 'fr', 'ga', 'gl', 'hr', 'hu', 'is', 'it', 'lt',
  'lv', 'mk', 'mt', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'tr', 'uk',
] as const;

/** Made once per language and kind: making one costs about a millisecond, and pages ask while rendering. */
const displayNames = new Map<string, Intl.DisplayNames | undefined>();

function namer(locale: string, type: 'region' | 'language') {
  const key = `${locale} ${type}`;
  if (!displayNames.has(key)) {
    let made: Intl.DisplayNames | undefined;
    try {
      made = new Intl.DisplayNames([locale, 'en'], { type });
    } catch {
      made = undefined;
    }
    displayNames.set(key, made);
  }
  const names = displayNames.get(key);
  return (code: string) => {
    try {
      return names?.of(type === 'region' ? code.toUpperCase() : code) ?? code;
    } catch {
      return code;
    }
  };
}

/** A language's name in the reader's language ("lv" → "latviešu"); country names come from @kopa/i18n. */
export const languageName = (locale: string, code: string) => namer(locale, 'language')(code);

/** Codes with their names, sorted as the reader's language sorts them. */
export function named(locale: string, codes: readonly string[], type: 'region' | 'language'): { code: string; name: string }[] {
  const name = namer(locale, type);
  return codes.map((code) => ({ code, name: name(code) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
