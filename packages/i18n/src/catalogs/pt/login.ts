import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Boas-vindas ao Kopa',
  'login.intro': 'Inicia sessão para escreveres em conjunto com as escolas parceiras.',
  'login.username': 'Nome de utilizador ou e-mail',
  'login.usernameHint': 'Se és aluno/a: o nome de utilizador que recebeste dos teus professores. Se és professor/a: o teu endereço de e-mail.',
  'login.password': 'Palavra-passe',
  'login.showPassword': 'Mostrar palavra-passe',
  'login.hidePassword': 'Ocultar palavra-passe',
  'login.submit': 'Iniciar sessão',
  'login.submitting': 'A iniciar sessão…',
  'login.forgot': 'Esqueceste-te da palavra-passe? Pede uma nova aos teus professores.',
  'login.demoHint': 'Queres experimentar a demonstração? Inicia sessão como {username} com a palavra-passe {password}.',
};
