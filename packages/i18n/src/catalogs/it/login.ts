import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Ti diamo il benvenuto in Kopa',
  'login.intro': 'Accedi per scrivere insieme ai tuoi partner.',
  'login.username': 'Nome utente o e-mail',
  'login.usernameHint': 'Alunni: il nome utente ricevuto dall’insegnante. Insegnanti: il vostro indirizzo e-mail.',
  'login.password': 'Password',
  'login.showPassword': 'Mostra password',
  'login.hidePassword': 'Nascondi password',
  'login.submit': 'Accedi',
  'login.submitting': 'Accesso in corso…',
  'login.forgot': 'Hai dimenticato la password? Chiedi all’insegnante: può dartene una nuova.',
  'login.demoHint': 'Vuoi provare la demo? Accedi come {username} con la password {password}.',
};
