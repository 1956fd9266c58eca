import { languageOwnName, type GlossaryTerm } from '@kopa/protocol';

/** A term's words in the partnership's language order (any other language after them). */
export function wordsInOrder(term: Pick<GlossaryTerm, 'translations'>, languages: readonly string[]): { language: string; name: string; text: string }[] {
  const rank = (language: string) => (languages.includes(language) ? languages.indexOf(language) : languages.length);
  return Object.entries(term.translations)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([language, text]) => ({ language, name: languageOwnName(language), text }));
}

/** What a term is called for this reader: its word in their language, else its first word. */
export function termTitle(term: Pick<GlossaryTerm, 'translations'>, readerLanguage: string): { language: string; text: string } {
  const own = term.translations[readerLanguage];
  if (own !== undefined) return { language: readerLanguage, text: own };
  const [language = '', text = ''] = Object.entries(term.translations)[0] ?? [];
  return { language, text };
}
