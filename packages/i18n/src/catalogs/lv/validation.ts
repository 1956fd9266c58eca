import type { validation as english } from '../en/validation.js';

/** What is wrong with something the server refused (`ApiError.problem`), said without the server's English: one message per kind. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Aizpildi šo lauku.',
  'validation.problem.too_short': 'Tas ir par īsu: šeit jābūt vismaz {limit, plural, zero {# rakstzīmēm} one {# rakstzīmei} other {# rakstzīmēm}}.',
  'validation.problem.too_long': 'Tas ir par garu: saīsini līdz {limit, plural, zero {# rakstzīmēm} one {# rakstzīmei} other {# rakstzīmēm}}.',
  'validation.problem.too_few': 'Tas ir par maz: vajag vismaz {limit}.',
  'validation.problem.too_many': 'Tas ir par daudz: drīkst ne vairāk kā {limit}.',
  'validation.problem.invalid_format': 'Tas nav uzrakstīts pareizi. Pārbaudi un mēģini vēlreiz.',
  'validation.problem.invalid_choice': 'Izvēlies kādu no piedāvātajām iespējām.',
  'validation.problem.invalid': 'Te kaut kas nav pareizi. Pārbaudi un mēģini vēlreiz.',
  'validation.inField': '{field}: {problem}',
  'validation.inLine': '{line}. rindā: {problem}',
};
