import type { common as english } from '../en/common.js';

/** Words every page uses: the app, navigation, roles, errors, connection status. */
export const common: Record<keyof typeof english, string> = {
  'app.name': 'Kopa',
  'app.tagline': 'Écris, dessine et organise avec tes écoles partenaires.',
  'app.skipToContent': 'Aller au contenu',
  'app.loading': 'Chargement…',

  'language.label': 'Langue',

  'error.invalid_credentials': 'L’identifiant et le mot de passe ne correspondent pas. Vérifie-les et réessaie.',
  'error.account_disabled': 'Ton compte est désactivé pour l’instant. Demande à ton professeur de le réactiver.',
  'error.too_many_attempts':
    'Trop d’essais. Attends {minutes, plural, one {# minute} other {# minutes}} et réessaie.',
  'error.invalid_request': 'Quelque chose ne va pas dans le formulaire. Vérifie ce que tu as rempli et réessaie.',
  'error.username_required': 'Saisis ton identifiant ou ton e-mail.',
  'error.password_required': 'Saisis ton mot de passe.',
  'error.unauthenticated': 'Reconnecte-toi, s’il te plaît.',
  'error.forbidden': 'Tu n’as pas accès à cette page.',
  'error.not_found': 'Introuvable. Cela a peut-être été déplacé ou supprimé.',
  'error.network': 'Kopa n’arrive pas à joindre le serveur. Vérifie ta connexion internet et réessaie.',
  'error.offline_not_cached':
    'Tu n’as encore jamais ouvert ceci sur cet appareil : impossible de l’ouvrir sans internet. Ça s’ouvrira dès que tu seras de nouveau en ligne.',
  'error.internal': 'Un problème est survenu de notre côté. Réessaie dans un instant.',
  'error.retry': 'Réessayer',

  'nav.main': 'Menu principal',
  'nav.home': 'Accueil',
  'nav.logout': 'Se déconnecter',
  'nav.account': 'Compte : {name}',

  'role.coordinator': 'Coordinateur',
  'role.teacher': 'Professeur',
  'role.pupil': 'Élève',
  'role.guest': 'Invité',

};
