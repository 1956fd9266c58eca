import type { validation as english } from '../en/validation.js';

/** What is wrong with something the server refused (`ApiError.problem`), said without the server's English: one message per kind. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Rellena este campo.',
  'validation.problem.too_short': 'Es demasiado corto: usa al menos {limit, plural, one {# carácter} other {# caracteres}}.',
  'validation.problem.too_long': 'Es demasiado largo: usa como máximo {limit, plural, one {# carácter} other {# caracteres}}.',
  'validation.problem.too_few': 'Son muy pocos: tiene que haber al menos {limit}.',
  'validation.problem.too_many': 'Son demasiados: puede haber {limit} como máximo.',
  'validation.problem.invalid_format': 'Esto no está escrito de la forma correcta. Revísalo y vuelve a intentarlo.',
  'validation.problem.invalid_choice': 'Elige una de las opciones.',
  'validation.problem.invalid': 'Algo aquí no está bien. Revísalo y vuelve a intentarlo.',
  'validation.inField': '{field}: {problem}',
  'validation.inLine': 'Línea {line}: {problem}',
};
