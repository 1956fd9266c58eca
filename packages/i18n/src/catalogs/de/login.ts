import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Willkommen bei Kopa',
  'login.intro': 'Melde dich an, um mit deinen Partnern zu schreiben.',
  'login.username': 'Benutzername oder E-Mail',
  'login.usernameHint': 'Schüler*innen: der Benutzername von deiner Lehrkraft. Lehrkräfte: deine E-Mail-Adresse.',
  'login.password': 'Passwort',
  'login.showPassword': 'Passwort anzeigen',
  'login.hidePassword': 'Passwort verbergen',
  'login.submit': 'Anmelden',
  'login.submitting': 'Anmeldung läuft…',
  'login.forgot': 'Passwort vergessen? Deine Lehrkraft kann dir ein neues geben.',
  'login.demoHint': 'Du probierst die Demo aus? Melde dich als {username} mit dem Passwort {password} an.',
};
