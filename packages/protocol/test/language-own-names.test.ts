import { describe, expect, it } from 'vitest';
import { LANGUAGE_OWN_NAMES, languageOwnName } from '../src/language-own-names.js';

describe('languages named in themselves', () => {
  it('the table says what full ICU data says (Node has it all), capitalised for a list', () => {
    for (const [code, name] of Object.entries(LANGUAGE_OWN_NAMES)) {
      const icu = new Intl.DisplayNames([code], { type: 'language' }).of(code)!;
      expect(name, code).toBe(icu.charAt(0).toLocaleUpperCase(code) + icu.slice(1));
    }
  });

  it('names tags beyond the table through Intl, and gives back a code no one can name', () => {
    expect(languageOwnName('mk')).toBe('Македонски');
    expect(languageOwnName('en-GB')).toBe('British English');
    expect(languageOwnName('qq')).toBe('qq');
    expect(languageOwnName('not a tag')).toBe('not a tag');
  });
});
