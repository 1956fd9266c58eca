import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Sveiki! Šī ir Kopa.',
  'login.intro': 'Pieslēdzies ar lietotājvārdu un paroli, ko tev iedeva skolotājs.',
  'login.username': 'Lietotājvārds',
  'login.password': 'Parole',
  'login.showPassword': 'Rādīt paroli',
  'login.hidePassword': 'Slēpt paroli',
  'login.submit': 'Pieslēgties',
  'login.submitting': 'Pieslēdzas…',
  'login.forgot': 'Aizmirsi paroli? Pajautā skolotājam — viņš var tev iedot jaunu.',
  'login.demoHint': 'Gribi izmēģināt? Pieslēdzies kā {username} ar paroli {password}.',
};
