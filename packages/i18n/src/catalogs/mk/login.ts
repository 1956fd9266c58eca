import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Добредојде во Kopa',
  'login.intro': 'Најави се за да пишуваш заедно со партнерите.',
  'login.username': 'Корисничко име или е-пошта',
  'login.usernameHint': 'Ученици: корисничкото име што ви го даде наставникот. Наставници: вашата адреса за е-пошта.',
  'login.password': 'Лозинка',
  'login.showPassword': 'Прикажи ја лозинката',
  'login.hidePassword': 'Сокриј ја лозинката',
  'login.submit': 'Најави се',
  'login.submitting': 'Најавување…',
  'login.forgot': 'Ја заборави лозинката? Прашај го наставникот — ќе ти даде нова.',
  'login.demoHint': 'Го пробуваш демото? Најави се како {username} со лозинката {password}.',
};
