import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Добре дошли в Kopa',
  'login.intro': 'Влез, за да пишеш заедно с партньорите си.',
  'login.username': 'Потребителско име или имейл',
  'login.usernameHint': 'Ученици: потребителското име, което ви е дал учителят. Учители: вашият имейл адрес.',
  'login.password': 'Парола',
  'login.showPassword': 'Покажи паролата',
  'login.hidePassword': 'Скрий паролата',
  'login.submit': 'Вход',
  'login.submitting': 'Влизане…',
  'login.forgot': 'Забрави паролата си? Попитай учителя си — той ще ти даде нова.',
  'login.demoHint': 'Пробваш демото? Влез като {username} с паролата {password}.',
};
