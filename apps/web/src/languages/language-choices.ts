import { languageOwnName } from '@kopa/protocol';
import { LANGUAGE_CODES } from '../partnerships/places';

export interface LanguageChoice {
  code: string;
  /** The language named in itself ("Latviešu", "Deutsch"): a speaker finds theirs whatever the page's language. */
  name: string;
}

export interface LanguageChoices {
  /** The partnership's working languages, in its order: what its texts are mostly written in. */
  working: LanguageChoice[];
  /** Every other language, by its own name. */
  others: LanguageChoice[];
}

const choice = (code: string): LanguageChoice => ({ code, name: languageOwnName(code) });

/**
 * The languages a text can be marked with: the working languages first, then the others (Europe's
 * languages, and any code already in use, such as a text's current language, so it stays choosable).
 */
export function languageChoices(working: readonly string[], inUse: readonly string[] = []): LanguageChoices {
  const first = [...new Set(working)];
  const rest = [...new Set([...LANGUAGE_CODES, ...inUse.filter((code) => code !== '')])].filter((code) => !first.includes(code));
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return {
    working: first.map(choice),
    others: rest.map(choice).sort((a, b) => collator.compare(a.name, b.name)),
  };
}
