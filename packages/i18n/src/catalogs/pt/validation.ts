import type { validation as english } from '../en/validation.js';

/** What is wrong with something the server refused (`ApiError.problem`), said without the server's English: one message per kind. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Preenche este campo.',
  'validation.problem.too_short': 'É curto demais: usa pelo menos {limit, plural, one {# caráter} other {# carateres}}.',
  'validation.problem.too_long': 'É comprido demais: usa no máximo {limit, plural, one {# caráter} other {# carateres}}.',
  'validation.problem.too_few': 'São poucos demais: são precisos pelo menos {limit}.',
  'validation.problem.too_many': 'São demasiados: podem ser no máximo {limit}.',
  'validation.problem.invalid_format': 'Isto não está escrito da forma certa. Verifica e tenta outra vez.',
  'validation.problem.invalid_choice': 'Escolhe uma das opções.',
  'validation.problem.invalid': 'Há aqui alguma coisa que não está bem. Verifica e tenta outra vez.',
  'validation.inField': '{field}: {problem}',
  'validation.inLine': 'Linha {line}: {problem}',
};
