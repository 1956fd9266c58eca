import { describe, expect, it } from 'vitest';
import { languageChoices } from './language-choices';

describe('languageChoices', () => {
  it('puts the working languages first, each named in itself, and every other after them once', () => {
    const { working, others } = languageChoices(['lv', 'es', 'en']);
    expect(working).toEqual([
      { code: 'lv', name: 'Latviešu' },
      { code: 'es', name: 'Español' },
      { code: 'en', name: 'English' },
    ]);
    const codes = others.map((language) => language.code);
    expect(codes).not.toContain('lv');
    expect(codes).toContain('de');
    expect(new Set(codes).size).toBe(codes.length);
    expect(others.find((language) => language.code === 'de')?.name).toBe('Deutsch');
  });

  it('keeps a language already in use choosable, even one outside the usual list', () => {
    const { others } = languageChoices([], ['pt-BR', '']);
    expect(others.find((language) => language.code === 'pt-BR')?.name).toMatch(/^Português/);
    expect(others.some((language) => language.code === '')).toBe(false);
  });
});
