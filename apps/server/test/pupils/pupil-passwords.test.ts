import { describe, expect, it } from 'vitest';
import { generatePupilPassword, isKindPassword, PUPIL_PASSWORD_BITS } from '../../src/pupils/pupil-passwords.js';

describe('pupil passwords', () => {
  const samples = Array.from({ length: 2000 }, () => generatePupilPassword());

  it('are syllables a pupil can read aloud, then two digits, nothing that reads two ways', () => {
    for (const password of samples) {
      expect(password).toMatch(/^(?:[bdfghjkmnprstvz][aeiou]){6}[2-9]{2}$/);
      expect(password).not.toMatch(/[01lcqwxy]/);
    }
  });

  it('hold at least 40 bits of entropy, and the word filter costs almost none of it', () => {
    expect(PUPIL_PASSWORD_BITS).toBeGreaterThanOrEqual(43);
    // The filter removes the share of all passwords that spell a listed word: measured on unfiltered draws.
    const unkindShare = Array.from({ length: 5000 }, () => rawDraw()).filter((password) => !isKindPassword(password)).length / 5000;
    expect(PUPIL_PASSWORD_BITS + Math.log2(1 - unkindShare)).toBeGreaterThanOrEqual(40);
  });

  it('are different every time', () => {
    expect(new Set(samples).size).toBe(samples.length);
  });

  it('never spell the words on the list', () => {
    expect(isKindPassword('bakomitesuna47')).toBe(true);
    expect(isKindPassword('baputanemiso47')).toBe(false);
    for (const password of samples) expect(isKindPassword(password)).toBe(true);
  });
});

/** The same shape without the filter, to measure what the filter takes away. */
function rawDraw(): string {
  const pick = (alphabet: string) => alphabet[Math.floor(Math.random() * alphabet.length)]!;
  let password = '';
  for (let i = 0; i < 6; i += 1) password += pick('bdfghjkmnprstvz') + pick('aeiou');
  return password + pick('23456789') + pick('23456789');
}
