import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Bienvenue sur Kopa',
  'login.intro': 'Connecte-toi pour écrire avec tes partenaires.',
  'login.username': 'Identifiant ou e-mail',
  'login.usernameHint': 'Élèves : l’identifiant donné par ton professeur. Professeurs : ton adresse e-mail.',
  'login.password': 'Mot de passe',
  'login.showPassword': 'Afficher le mot de passe',
  'login.hidePassword': 'Masquer le mot de passe',
  'login.submit': 'Se connecter',
  'login.submitting': 'Connexion…',
  'login.forgot': 'Mot de passe oublié ? Demande à ton professeur de t’en donner un nouveau.',
  'login.demoHint': 'Tu essaies la démo ? Connecte-toi avec l’identifiant {username} et le mot de passe {password}.',
};
