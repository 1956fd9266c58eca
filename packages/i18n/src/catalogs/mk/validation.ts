import type { validation as english } from '../en/validation.js';

/** Што не е во ред со нешто што серверот го одбил, без англискиот на серверот: по една порака за секој вид. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Пополни го ова поле.',
  'validation.problem.too_short': 'Премногу е кратко: користи барем {limit, plural, one {# знак} other {# знаци}}.',
  'validation.problem.too_long': 'Премногу е долго: користи најмногу {limit, plural, one {# знак} other {# знаци}}.',
  'validation.problem.too_few': 'Премалку се: потребни се барем {limit}.',
  'validation.problem.too_many': 'Премногу се: може да има најмногу {limit}.',
  'validation.problem.invalid_format': 'Ова не е напишано правилно. Провери и обиди се повторно.',
  'validation.problem.invalid_choice': 'Избери една од понудените можности.',
  'validation.problem.invalid': 'Нешто тука не е во ред. Провери и обиди се повторно.',
  'validation.inField': '{field}: {problem}',
  'validation.inLine': 'Ред {line}: {problem}',
};
