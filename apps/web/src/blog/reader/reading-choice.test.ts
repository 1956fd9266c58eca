import { describe, expect, it } from 'vitest';
import { firstReading, languagesOf, pairFrom, validReading } from './reading-choice';

const post = (original: string, ...versions: string[]) => ({
  content: { root: { children: [] } },
  meta: { language: original, themes: [], mobilityId: null, phase: null, cover: null, coverAlt: '' },
  translations: versions.map((language) => ({ language, content: { root: { children: [] } }, credits: [] })),
});

describe('which language a reader reads a post in', () => {
  const languages = languagesOf(post('en', 'lv', 'es'));

  it('lists the original first, then the versions', () => {
    expect(languages.map((each) => [each.language, each.original])).toEqual([
      ['en', true],
      ['lv', false],
      ['es', false],
    ]);
  });

  it('opens in the reader’s own language when the post has it, else in the original', () => {
    expect(firstReading(languages, 'lv')).toEqual({ kind: 'one', language: 'lv' });
    expect(firstReading(languages, 'es')).toEqual({ kind: 'one', language: 'es' });
    expect(firstReading(languages, 'de')).toEqual({ kind: 'one', language: 'en' });
    expect(firstReading(languagesOf(post('pt-BR', 'lv')), 'pt')).toEqual({ kind: 'one', language: 'pt-BR' });
  });

  it('puts what is read beside the original when going side by side', () => {
    expect(pairFrom(languages, { kind: 'one', language: 'es' }, 'de')).toEqual({ kind: 'pair', first: 'en', second: 'es' });
    expect(pairFrom(languages, { kind: 'one', language: 'en' }, 'es')).toEqual({ kind: 'pair', first: 'en', second: 'es' });
    expect(pairFrom(languages, { kind: 'one', language: 'en' }, 'de')).toEqual({ kind: 'pair', first: 'en', second: 'lv' });
  });

  it('falls back when the post no longer has a language that was read', () => {
    const fewer = languagesOf(post('en', 'lv'));
    expect(validReading(fewer, { kind: 'one', language: 'es' }, 'es')).toEqual({ kind: 'one', language: 'en' });
    expect(validReading(fewer, { kind: 'pair', first: 'en', second: 'es' }, 'lv')).toEqual({ kind: 'pair', first: 'en', second: 'lv' });
    expect(validReading(languagesOf(post('en')), { kind: 'pair', first: 'en', second: 'lv' }, 'lv')).toEqual({ kind: 'one', language: 'en' });
  });
});
