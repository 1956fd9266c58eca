import type { validation as english } from '../en/validation.js';

/** What is wrong with something the server refused (`ApiError.problem`), said without the server's English: one message per kind. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Пополни го ова поле.',
  'validation.problem.too_short': 'Ова е прекратко: најмалку {limit, plural, one {# знак} other {# знаци}}.',
  'validation.problem.too_long': 'Ова е предолго: најмногу {limit, plural, one {# знак} other {# знаци}}.',
  'validation.problem.too_few': 'Премалку се: потребни се барем {limit}.',
  'validation.problem.too_many': 'Премногу се: може да има најмногу {limit}.',
  'validation.problem.invalid_format': 'Ова не е напишано правилно. Провери и обиди се повторно.',
  'validation.problem.invalid_choice': 'Избери една од можностите.',
  'validation.problem.invalid': 'Нешто тука не е во ред. Провери и обиди се повторно.',
  'validation.inField': '{field}: {problem}',
  'validation.inLine': 'Ред {line}: {problem}',
};
