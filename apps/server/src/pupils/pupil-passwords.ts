import { randomInt } from 'node:crypto';

/**
 * Passwords for pupils to type from a printed card, often on a phone:
 * lowercase letters in consonant–vowel syllables, then two digits, e.g.
 * `bakomitesuna47`. Syllables read the same way in Latvian, Spanish, Italian
 * and Romanian (English words would not, and a curated list big enough for the
 * entropy below would not stay curated). One switch to the digit keys, at the end.
 *
 * Nothing that reads two ways: no c/q/w/x/y (spoken differently across the
 * partnership's languages), no l (like I), no digits 0 and 1 (like o and l).
 */
const CONSONANTS = 'bdfghjkmnprstvz';
const VOWELS = 'aeiou';
const DIGITS = '23456789';
const SYLLABLES = 6;
const DIGIT_COUNT = 2;

/** log2 of the number of possible passwords: 6 × log2(75) + 2 × log2(8) ≈ 43.4 bits before the word filter. */
export const PUPIL_PASSWORD_BITS =
  SYLLABLES * Math.log2(CONSONANTS.length * VOWELS.length) + DIGIT_COUNT * Math.log2(DIGITS.length);

/**
 * Rude or unkind words in the partnership's languages that syllables can spell;
 * a password containing one is drawn again (it costs well under a tenth of a bit).
 */
const UNKIND = [
  'puta', 'puto', 'pene', 'figa', 'fiko', 'suka', 'suki', 'kaka', 'kake', 'kaki', 'pipi', 'pisa', 'fuk', 'jeb',
  'nazi', 'pedo', 'pido', 'homo', 'nig', 'dupa', 'mona', 'huj', 'teta', 'zopa', 'mamada', 'sesi', 'sisi', 'peni',
  'kuru', 'dumi', 'dura', 'muda', 'mude', 'vagi', 'pupu', 'popo',
];

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)]!;
}

function draw(): string {
  let password = '';
  for (let i = 0; i < SYLLABLES; i += 1) password += pick(CONSONANTS) + pick(VOWELS);
  for (let i = 0; i < DIGIT_COUNT; i += 1) password += pick(DIGITS);
  return password;
}

export function isKindPassword(password: string): boolean {
  return !UNKIND.some((word) => password.includes(word));
}

/** A fresh password from the operating system's secure random source. */
export function generatePupilPassword(): string {
  for (;;) {
    const password = draw();
    if (isKindPassword(password)) return password;
  }
}
