import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex, findGlossaryTerms } from './glossary-matcher';

const index = buildGlossaryIndex([
  { id: 'town', translations: { en: 'town', lv: 'pilsēta', es: 'ciudad', ro: 'oraș' } },
  { id: 'old-town', translations: { en: 'old town', lv: 'vecpilsēta' } },
  { id: 'gijon', translations: { es: 'Gijón' } },
  { id: 'name', translations: { en: 'name', it: 'nome' } },
]);

/** The words found, as they are written in the text, with their terms. */
const found = (text: string) => findGlossaryTerms(text, index).map((match) => [text.slice(match.start, match.end), match.termId]);

describe('finding glossary terms in a text', () => {
  it('finds whole words only, whatever their case', () => {
    expect(found('My Town is a town, not a townhall or downtown.')).toEqual([
      ['Town', 'town'],
      ['town', 'town'],
    ]);
  });

  it('folds accents on both sides, in any alphabet', () => {
    expect(found('Mūsu PILSĒTA un pilseta; GIJON y gijón; Oraș, oras.')).toEqual([
      ['PILSĒTA', 'town'],
      ['pilseta', 'town'],
      ['GIJON', 'gijon'],
      ['gijón', 'gijon'],
      ['Oraș', 'town'],
      ['oras', 'town'],
    ]);
  });

  it('prefers the longer term, across any spaces, but not across punctuation', () => {
    expect(found('The old  town square; the old, town.')).toEqual([
      ['old  town', 'old-town'],
      ['town', 'town'],
    ]);
  });

  it('keeps offsets of the text as written: decomposed accents, letters outside the basic plane', () => {
    const decomposed = 'la ciudad de Gijo\u0301n 😀 name';
    expect(found(decomposed)).toEqual([
      ['ciudad', 'town'],
      ['Gijo\u0301n', 'gijon'],
      ['name', 'name'],
    ]);
  });

  it('finds terms that begin or end with punctuation, with it, and the others without what touches them', () => {
    const withPunctuation = buildGlossaryIndex([
      { id: 'cpp', translations: { en: 'C++' } },
      { id: 'net', translations: { en: '.NET' } },
      { id: 'tag', translations: { en: '#eTwinning' } },
      { id: 'c', translations: { en: 'C' } },
      { id: 'town', translations: { en: 'town' } },
    ]);
    const matches = (text: string) => findGlossaryTerms(text, withPunctuation).map((match) => [text.slice(match.start, match.end), match.termId]);
    expect(matches('We learn c++ and C, .net and (C++), #eTwinning! Our town.')).toEqual([
      ['c++', 'cpp'],
      ['C', 'c'],
      ['.net', 'net'],
      ['C++', 'cpp'],
      ['#eTwinning', 'tag'],
      ['town', 'town'],
    ]);
    expect(matches('C+ and eTwinning and NET')).toEqual([['C', 'c']]);
  });

  it('finds nothing without terms, or in empty text', () => {
    expect(findGlossaryTerms('town', buildGlossaryIndex([]))).toEqual([]);
    expect(findGlossaryTerms('', index)).toEqual([]);
  });
});
