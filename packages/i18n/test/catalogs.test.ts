import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogs, createTranslator, LOCALES, negotiateLocale, type Locale, type MessageId } from '../src/index.js';

/** The names of the arguments a message uses ({name}, {count, plural, …}). */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ('value' in element && element.type !== TYPE.literal && typeof element.value === 'string') found.add(element.value);
    if ('options' in element) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

describe('message catalogs', () => {
  const ids = Object.keys(catalogs.en) as MessageId[];

  for (const locale of LOCALES) {
    it(`${locale}: every message is valid ICU with the same arguments as English`, () => {
      expect(Object.keys(catalogs[locale]).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const english = argumentsOf(parse(catalogs.en[id]));
        const translated = argumentsOf(parse(catalogs[locale][id]));
        expect([...translated].sort(), `${locale} ${id}`).toEqual([...english].sort());
      }
    });
  }

  /**
   * Messages a language may keep exactly as English: the name, messages that are only their arguments and
   * punctuation, and words the language really shares with English (each listed with the language).
   */
  const SAME_AS_ENGLISH: Readonly<Record<Exclude<Locale, 'en'>, readonly string[]>> = {
    lv: [],
    es: [],
    it: [],
    ro: [],
    bg: [],
    mk: [],
    fr: [],
    de: [],
    pt: [],
  };
  // Only the arguments and punctuation: nothing to translate.
  const nothingToTranslate = (message: string) => !/\p{L}{2,}/u.test(message.replace(/\{[^{}]*\}/g, ''));

  for (const locale of LOCALES.filter((each) => each !== 'en')) {
    it(`${locale}: messages are translated, not copied from English`, () => {
      const same = ids.filter(
        (id) => id !== 'app.name' && catalogs[locale][id] === catalogs.en[id] && !nothingToTranslate(catalogs.en[id]),
      );
      expect(same).toEqual(SAME_AS_ENGLISH[locale]);
    });
  }

  it('Latvian quotes open low („…”), never with the English opening quote', () => {
    const english = ids.filter((id) => catalogs.lv[id].includes('“'));
    expect(english).toEqual([]);
  });

  it('plural rules follow each language', () => {
    const { t: en } = createTranslator('en');
    const { t: lv } = createTranslator('lv');
    expect(en('space.count.doc', { count: 1 })).toBe('1 document');
    expect(en('space.count.doc', { count: 3 })).toBe('3 documents');
    expect(en('space.count.board', { count: 1 })).toBe('1 board');
    expect(lv('space.count.doc', { count: 1 })).toBe('1 dokuments');
    expect(lv('space.count.doc', { count: 21 })).toBe('21 dokuments');
    expect(lv('space.count.doc', { count: 3 })).toBe('3 dokumenti');
    expect(lv('space.count.doc', { count: 10 })).toBe('10 dokumentu');
    expect(lv('space.count.board', { count: 1 })).toBe('1 tāfele');
    expect(lv('space.count.board', { count: 2 })).toBe('2 tāfeles');
    expect(lv('space.count.board', { count: 11 })).toBe('11 tāfeļu');
    expect(lv('error.too_many_attempts', { minutes: 1 })).toContain('1 minūti');
  });
});

describe('negotiateLocale', () => {
  it('picks the first supported language the browser prefers', () => {
    expect(negotiateLocale(['lv-LV', 'en'])).toBe('lv');
    expect(negotiateLocale(['de-DE', 'en-GB'])).toBe('de');
    expect(negotiateLocale(['ro'])).toBe('ro');
    expect(negotiateLocale(['sv-SE', 'mk'])).toBe('mk');
    expect(negotiateLocale(['sv-SE', 'nb'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});
