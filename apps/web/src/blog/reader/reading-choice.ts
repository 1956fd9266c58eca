import type { Credit, PublishedPost } from '@kopa/protocol';

/** One language a published post can be read in: the original, or one of its versions. */
export interface PostLanguage {
  language: string;
  /** Serialized Lexical state. */
  content: unknown;
  /** A version's own writers (the original's credits are the post's). */
  credits: Credit[];
  original: boolean;
}

/** How the reader reads: in one language, or two side by side (paragraph beside paragraph). */
export type Reading = { kind: 'one'; language: string } | { kind: 'pair'; first: string; second: string };

/** The post's languages, the original first, then its versions as they were added. */
export function languagesOf(post: Pick<PublishedPost, 'content' | 'meta' | 'translations'>): PostLanguage[] {
  return [
    { language: post.meta.language, content: post.content, credits: [], original: true },
    ...post.translations.map((version) => ({ language: version.language, content: version.content, credits: version.credits, original: false })),
  ];
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** The language a reader finds first: the one they read Kopa in, when the post has it; else the original. */
export function firstReading(languages: readonly PostLanguage[], readerLocale: string): Reading {
  const own = languages.find((candidate) => primary(candidate.language) === primary(readerLocale));
  return { kind: 'one', language: (own ?? languages[0])!.language };
}

/**
 * Side by side from what is read now: the language read, beside the original (or, when reading the
 * original, beside the reader's own language or else the first version).
 */
export function pairFrom(languages: readonly PostLanguage[], reading: Reading, readerLocale: string): Reading {
  if (reading.kind === 'pair') return reading;
  const original = languages[0]!.language;
  if (reading.language !== original) return { kind: 'pair', first: original, second: reading.language };
  const own = languages.find((candidate) => !candidate.original && primary(candidate.language) === primary(readerLocale));
  return { kind: 'pair', first: original, second: (own ?? languages[1] ?? languages[0])!.language };
}

/** What is read, kept to the languages the post has now (it may have been published again without one). */
export function validReading(languages: readonly PostLanguage[], reading: Reading, readerLocale: string): Reading {
  const has = (language: string) => languages.some((candidate) => candidate.language === language);
  if (reading.kind === 'one') return has(reading.language) ? reading : firstReading(languages, readerLocale);
  if (languages.length < 2) return firstReading(languages, readerLocale);
  return has(reading.first) && has(reading.second) ? reading : pairFrom(languages, firstReading(languages, readerLocale), readerLocale);
}
