import { foldGlossaryCharacter, foldGlossaryText } from '@kopa/protocol';

/** Where a glossary term is in a text: UTF-16 offsets into the text as it is (end exclusive). */
export interface GlossaryMatch {
  start: number;
  end: number;
  termId: string;
}

/** The approved terms, ready to look up: each word (in any language) folded → its term. */
export interface GlossaryIndex {
  keys: ReadonlyMap<string, string>;
  /** The most words one term has: how far a lookup reaches ahead. */
  maxWords: number;
  /** Whether some term begins or ends with punctuation ("C++"): only then is it looked for around words. */
  edged: boolean;
}

/** Letters, digits and the marks on them: what a word is made of, in any alphabet. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** At most this much punctuation on either side of a term's words ("C++" has two). */
const EDGE_MAX = 4;
const EDGE_BEFORE = /[^\s\p{L}\p{N}\p{M}]{1,4}$/u;
const EDGE_AFTER = /^[^\s\p{L}\p{N}\p{M}]{1,4}/u;
const EDGED = /^[^\p{L}\p{N}\p{M}]|[^\p{L}\p{N}\p{M}]$/u;

/** One look-up table for every word of every term; a word two terms share belongs to the first. */
export function buildGlossaryIndex(terms: readonly { id: string; translations: Readonly<Record<string, string>> }[]): GlossaryIndex {
  const keys = new Map<string, string>();
  let maxWords = 0;
  let edged = false;
  for (const term of terms) {
    for (const text of Object.values(term.translations)) {
      const key = foldGlossaryText(text);
      const words = key.match(WORD)?.length ?? 0;
      if (words === 0 || keys.has(key)) continue;
      keys.set(key, term.id);
      edged ||= EDGED.test(key);
      maxWords = Math.max(maxWords, words);
    }
  }
  return { keys, maxWords, edged };
}

/**
 * The glossary terms in a text, as whole words (never inside a longer word), case and accents aside
 * ("Gijon" finds "Gijón"), the longest term first where two would overlap ("old town" before "town").
 * The text is folded one character at a time, so each folded position knows where it came from.
 */
export function findGlossaryTerms(text: string, index: GlossaryIndex): GlossaryMatch[] {
  if (index.maxWords === 0 || text === '') return [];
  let folded = '';
  // For each UTF-16 unit of `folded`: where the character it came from starts and ends in `text`.
  const startOf: number[] = [];
  const endOf: number[] = [];
  let offset = 0;
  for (const character of text) {
    const foldedCharacter = foldGlossaryCharacter(character);
    const end = offset + character.length;
    if (foldedCharacter === '' && endOf.length > 0) {
      // A lone accent (text written decomposed) belongs to the letter before it.
      endOf[endOf.length - 1] = end;
    }
    for (let unit = 0; unit < foldedCharacter.length; unit++) {
      startOf.push(offset);
      endOf.push(end);
    }
    folded += foldedCharacter;
    offset = end;
  }

  const words = [...folded.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
  // Punctuation a term may begin or end with ("C++", ".NET", "#eTwinning"): what touches a word
  // on that side, up to a space or the next word.
  const before = (at: number) => folded.slice(Math.max(0, at - EDGE_MAX), at).match(EDGE_BEFORE)?.[0] ?? '';
  const after = (at: number) => folded.slice(at, at + EDGE_MAX).match(EDGE_AFTER)?.[0] ?? '';
  const found: GlossaryMatch[] = [];
  const keys: string[] = [];
  for (let first = 0; first < words.length; first++) {
    // The runs of words starting here, as terms are written: words, and what is between them (spaces as one).
    keys.length = 0;
    let key = words[first]!.text;
    keys.push(key);
    for (let next = first + 1; next < Math.min(words.length, first + index.maxWords); next++) {
      const gap = folded.slice(words[next - 1]!.end, words[next]!.start);
      key += (gap === ' ' ? gap : gap.replace(/\s+/gu, ' ')) + words[next]!.text;
      keys.push(key);
    }
    const lead = index.edged ? before(words[first]!.start) : '';
    search: for (let count = keys.length; count >= 1; count--) {
      const last = words[first + count - 1]!;
      const trail = index.edged ? after(last.end) : '';
      // With as much of what touches it as a term has ("(C++)," holds "C++"), down to none ("town." is "town").
      for (let tailLength = trail.length; tailLength >= 0; tailLength--) {
        for (let headLength = lead.length; headLength >= 0; headLength--) {
          const termId = index.keys.get(lead.slice(lead.length - headLength) + keys[count - 1]! + trail.slice(0, tailLength));
          if (termId === undefined) continue;
          found.push({ start: startOf[words[first]!.start - headLength]!, end: endOf[last.end + tailLength - 1]!, termId });
          first += count - 1;
          break search;
        }
      }
    }
  }
  return found;
}
