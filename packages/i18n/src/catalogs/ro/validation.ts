import type { validation as english } from '../en/validation.js';

/** What is wrong with something the server refused (`ApiError.problem`), said without the server's English: one message per kind. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Completează acest câmp.',
  'validation.problem.too_short': 'E prea scurt: cel puțin {limit, plural, one {# caracter} few {# caractere} other {# de caractere}}.',
  'validation.problem.too_long': 'E prea lung: cel mult {limit, plural, one {# caracter} few {# caractere} other {# de caractere}}.',
  'validation.problem.too_few': 'Sunt prea puține: e nevoie de cel puțin {limit}.',
  'validation.problem.too_many': 'Sunt prea multe: pot fi cel mult {limit}.',
  'validation.problem.invalid_format': 'Nu este scris corect. Verifică și încearcă din nou.',
  'validation.problem.invalid_choice': 'Alege una dintre opțiuni.',
  'validation.problem.invalid': 'Ceva de aici nu este în regulă. Verifică și încearcă din nou.',
  'validation.inField': '{field}: {problem}',
  'validation.inLine': 'Rândul {line}: {problem}',
};
