import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Bine ai venit în Kopa',
  'login.intro': 'Conectează-te ca să scrii împreună cu partenerii tăi.',
  'login.username': 'Nume de utilizator sau e-mail',
  'login.usernameHint': 'Elevi: numele de utilizator primit de la profesor. Profesori: adresa de e-mail.',
  'login.password': 'Parolă',
  'login.showPassword': 'Arată parola',
  'login.hidePassword': 'Ascunde parola',
  'login.submit': 'Conectează-te',
  'login.submitting': 'Se conectează…',
  'login.forgot': 'Ai uitat parola? Cere-i profesorului una nouă.',
  'login.demoHint': 'Vrei să încerci varianta demo? Conectează-te ca {username} cu parola {password}.',
};
