import type { validation as english } from '../en/validation.js';

/** What is wrong with something the server refused (`ApiError.problem`), said without the server's English: one message per kind. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Попълни това поле.',
  'validation.problem.too_short': 'Твърде е кратко: трябват поне {limit, plural, one {# знак} other {# знака}}.',
  'validation.problem.too_long': 'Твърде е дълго: най-много {limit, plural, one {# знак} other {# знака}}.',
  'validation.problem.too_few': 'Твърде малко са: трябват поне {limit}.',
  'validation.problem.too_many': 'Твърде много са: може да са най-много {limit}.',
  'validation.problem.invalid_format': 'Това не е написано правилно. Провери и опитай пак.',
  'validation.problem.invalid_choice': 'Избери една от възможностите.',
  'validation.problem.invalid': 'Нещо тук не е наред. Провери и опитай пак.',
  'validation.inField': '{field}: {problem}',
  'validation.inLine': 'Ред {line}: {problem}',
};
