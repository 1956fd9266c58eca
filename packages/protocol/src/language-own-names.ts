/**
 * Europe's languages named in themselves (CLDR's names, capitalised as a list shows them). Browsers
 * cannot always say them: Chrome has no data for Macedonian, Albanian, Basque, Galician, Icelandic, Irish
 * or Maltese and names them in English, and where Kopa's polyfills stand in for its formatters
 * (apps/web/src/i18n/intl-polyfills.ts) they know only the reader's language.
 */
export const LANGUAGE_OWN_NAMES: Readonly<Record<string, string>> = {
  bg: 'Български',
  ca: 'Català',
  cs: 'Čeština',
  da: 'Dansk',
  de: 'Deutsch',
  el: 'Ελληνικά',
  en: 'English',
  es: 'Español',
  et: 'Eesti',
  eu: 'Euskara',
  fi: 'Suomi',
  fr: 'Français',
  ga: 'Gaeilge',
  gl: 'Galego',
  hr: 'Hrvatski',
  hu: 'Magyar',
  is: 'Íslenska',
  it: 'Italiano',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  mk: 'Македонски',
  mt: 'Malti',
  nl: 'Nederlands',
  no: 'Norsk',
  pl: 'Polski',
  pt: 'Português',
  ro: 'Română',
  ru: 'Русский',
  sk: 'Slovenčina',
  sl: 'Slovenščina',
  sq: 'Shqip',
  sr: 'Српски',
  sv: 'Svenska',
  tr: 'Türkçe',
  uk: 'Українська',
};

/** Other languages' own names, once found: pages ask while rendering, and Intl.DisplayNames is slow to make. */
const found = new Map<string, string>();

/** A language named in itself, as a speaker would look for it: "Latviešu", "Español", "Deutsch" (the code when unknown). */
export function languageOwnName(code: string): string {
  const known = LANGUAGE_OWN_NAMES[code];
  if (known !== undefined) return known;
  let name = found.get(code);
  if (name === undefined) {
    name = askIntl(code);
    found.set(code, name);
  }
  return name;
}

/** A tag beyond the table ("en-GB", "oc"): named by the browser, when it knows the language. */
function askIntl(code: string): string {
  try {
    if (Intl.DisplayNames.supportedLocalesOf([code]).length === 0) return code;
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (!name || name === code) return code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}
