import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Sveiki! Šī ir Kopa.',
  'login.intro': 'Pieslēdzies, lai rakstītu kopā ar partneriem.',
  'login.username': 'Lietotājvārds vai e-pasts',
  'login.usernameHint': 'Skolēniem — lietotājvārds, ko iedeva skolotājs. Skolotājiem — e-pasta adrese.',
  'login.password': 'Parole',
  'login.showPassword': 'Rādīt paroli',
  'login.hidePassword': 'Slēpt paroli',
  'login.submit': 'Pieslēgties',
  'login.submitting': 'Pieslēdzas…',
  'login.forgot': 'Aizmirsi paroli? Pajautā skolotājam — viņš var tev iedot jaunu.',
  'login.demoHint': 'Gribi izmēģināt? Pieslēdzies kā {username} ar paroli {password}.',
};
