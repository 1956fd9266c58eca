import type { validation as english } from '../en/validation.js';

/** What is wrong with something the server refused (`ApiError.problem`), said without the server's English: one message per kind. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Füll dieses Feld aus.',
  'validation.problem.too_short': 'Das ist zu kurz: mindestens {limit, plural, one {# Zeichen} other {# Zeichen}}.',
  'validation.problem.too_long': 'Das ist zu lang: höchstens {limit, plural, one {# Zeichen} other {# Zeichen}}.',
  'validation.problem.too_few': 'Das sind zu wenige: Es müssen mindestens {limit} sein.',
  'validation.problem.too_many': 'Das sind zu viele: Es dürfen höchstens {limit} sein.',
  'validation.problem.invalid_format': 'Das ist nicht richtig geschrieben. Prüf es und versuch es noch einmal.',
  'validation.problem.invalid_choice': 'Wähl eine der Möglichkeiten aus.',
  'validation.problem.invalid': 'Hier stimmt etwas nicht. Prüf es und versuch es noch einmal.',
  'validation.inField': '{field}: {problem}',
  'validation.inLine': 'Zeile {line}: {problem}',
};
