import { randomInt } from 'node:crypto';

// No 0/o, 1/l/i: letters that look alike on paper or a projector.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A password easy to copy by hand and hard to guess: four groups of four,
 * like `k7pm-x3qa-9rtd-w4hn` (31^16, about 79 bits).
 */
export function generatePassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}
