import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Welcome to Kopa',
  'login.intro': 'Log in to write together with your partners.',
  'login.username': 'Username or e-mail',
  'login.usernameHint': 'Pupils: the username your teacher gave you. Teachers: your e-mail address.',
  'login.password': 'Password',
  'login.showPassword': 'Show password',
  'login.hidePassword': 'Hide password',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',
  'login.forgot': 'Forgot your password? Ask your teacher: they can give you a new one.',
  'login.demoHint': 'Trying the demo? Log in as {username} with the password {password}.',
};
