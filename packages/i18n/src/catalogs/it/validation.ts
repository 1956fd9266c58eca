import type { validation as english } from '../en/validation.js';

/** What is wrong with something the server refused (`ApiError.problem`), said without the server's English: one message per kind. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Compila questo campo.',
  'validation.problem.too_short': 'È troppo corto: almeno {limit, plural, one {# carattere} other {# caratteri}}.',
  'validation.problem.too_long': 'È troppo lungo: al massimo {limit, plural, one {# carattere} other {# caratteri}}.',
  'validation.problem.too_few': 'Sono troppo pochi: ne servono almeno {limit}.',
  'validation.problem.too_many': 'Sono troppi: ce ne possono essere al massimo {limit}.',
  'validation.problem.invalid_format': 'Non è scritto nel modo giusto. Controlla e riprova.',
  'validation.problem.invalid_choice': 'Scegli una delle opzioni.',
  'validation.problem.invalid': 'Qui qualcosa non va. Controlla e riprova.',
  'validation.inField': '{field}: {problem}',
  'validation.inLine': 'Riga {line}: {problem}',
};
