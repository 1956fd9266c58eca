import type { offline as english } from '../en/offline.js';

/** Working with a weak connection: the save indicator, and text the server could not take. */
export const offline: Record<keyof typeof english, string> = {
  'offline.status.saved': 'Toutes les modifications sont enregistrées',
  'offline.status.saving': 'Enregistrement…',
  'offline.status.offlineKept': 'Hors ligne — ton travail est gardé sur cet appareil',
  'offline.status.offline': 'Hors ligne — tu peux continuer à travailler',
  'offline.status.connecting': 'Connexion…',
  'offline.status.live': 'En ligne',
  'offline.status.offlineReading': 'Hors ligne',
  'offline.status.short.saved': 'Enregistré',
  'offline.status.short.offlineKept': 'Hors ligne, gardé ici',

  'offline.rescue.title': 'Ton texte qui n’a pas pu être enregistré',
  'offline.rescue.titleOf': 'Ton texte de « {title} » qui n’a pas pu être enregistré',
  'offline.rescue.whyOffline':
    'Un professeur a mis l’écriture en pause, ou tes droits ont changé pendant que tu étais hors ligne : ces modifications n’ont donc pas pu être enregistrées. Voici ton texte gardé sur cet appareil : copie-le pour pouvoir le réutiliser.',
  'offline.rescue.whyOnline':
    'Un professeur a mis l’écriture en pause, ou tes droits ont changé pendant que tu écrivais : tes dernières modifications n’ont donc pas pu être enregistrées. Voici ton texte : copie-le pour pouvoir le réutiliser.',
  'offline.rescue.textLabel': 'Ton texte (lecture seule)',
  'offline.rescue.copy': 'Copier le texte',
  'offline.rescue.copied': 'Copié. Tu peux le coller où tu veux.',
  'offline.rescue.selected': 'Le texte est sélectionné : appuie sur Ctrl+C (⌘C sur Mac) pour le copier.',
  'offline.rescue.remove': 'Supprimer ce texte',
  'offline.rescue.removeHint': 'Seulement quand tu l’as gardé ailleurs : Kopa n’en a aucune autre copie.',

  'offline.home.title': 'Une partie de ton travail n’a pas pu être enregistrée',
  'offline.home.text':
    'Un professeur a mis l’écriture en pause, ou tes droits ont changé pendant que tu étais hors ligne. Ton texte est gardé sur cet appareil : ouvre chaque élément pour le copier.',
  'offline.home.open': 'Ouvrir « {title} » pour copier ton texte',
};
