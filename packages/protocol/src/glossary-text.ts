/**
 * How glossary words are compared: case and accents do not count ("Gijón", "GIJON" and "gijon" are one
 * word; "pilsēta" is found in "PILSETA"), runs of spaces are one space. The server refuses a term that
 * is in the glossary already this way; the web finds terms in a text the same way, character by character
 * (folding one character never depends on its neighbours, so a text and its folded copy line up).
 */
export function foldGlossaryText(text: string): string {
  let folded = '';
  for (const character of text) folded += foldGlossaryCharacter(character);
  return folded.replace(/\s+/gu, ' ').trim();
}

/** Characters folded so far: a text holds few distinct ones, and texts are folded again after every pause in typing. */
const folded = new Map<string, string>();

/** One character (code point) folded: without its accents, lower case; may be '' (a lone accent) or longer ('İ'). */
export function foldGlossaryCharacter(character: string): string {
  const code = character.charCodeAt(0);
  // Plain ASCII, most of most texts: only capitals change.
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : character;
  let result = folded.get(character);
  if (result === undefined) {
    // Greek final sigma lowers to ς only at a word's end: one letter either way.
    result = character.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ς/gu, 'σ');
    folded.set(character, result);
  }
  return result;
}

/**
 * Terms in alphabetical order for a reader: by their word in the reader's language when the term has
 * one, else by its first word, compared as the reader's language sorts ("č" after "c" in Latvian).
 */
export function sortGlossaryTerms<T extends { translations: Record<string, string> }>(terms: readonly T[], readerLanguage: string): T[] {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(readerLanguage, { sensitivity: 'base', numeric: true });
  } catch {
    collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  }
  const keyOf = (term: T) => term.translations[readerLanguage] ?? Object.values(term.translations)[0] ?? '';
  return terms
    .map((term) => ({ term, key: keyOf(term) }))
    .sort((a, b) => collator.compare(a.key, b.key))
    .map(({ term }) => term);
}
