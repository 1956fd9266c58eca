import type { editor as english } from '../en/editor.js';

/** The document editor. */
export const editor: Record<keyof typeof english, string> = {
  'editor.back': 'Retour à tes espaces',
  'editor.placeholder': 'Commence à écrire ici…',
  'editor.toolbar': 'Mise en forme',
  'editor.undo': 'Annuler',
  'editor.redo': 'Rétablir',
  'editor.bold': 'Gras',
  'editor.italic': 'Italique',
  'editor.heading1': 'Grand titre',
  'editor.heading2': 'Petit titre',
  'editor.bulletList': 'Liste à puces',
  'editor.numberedList': 'Liste numérotée',
  'editor.link': 'Lien',
  'editor.linkPrompt': 'Adresse web du lien',
  'editor.linkInvalid': 'Ça ne ressemble pas à une adresse web. Essaie par exemple www.example.org.',
  'editor.linkApply': 'Ajouter le lien',
  'editor.linkRemove': 'Supprimer le lien',
  'editor.editsRefused': 'Certaines modifications faites pendant la pause n’ont pas pu être enregistrées. Tu vois maintenant la dernière version de tout le monde.',
  'editor.readOnlyBanner': 'Tu peux lire ce document, mais pas le modifier.',
  'editor.lockedBanner': 'Un professeur a verrouillé ce document. Tu peux le lire, mais pas le modifier.',
  'editor.writers': 'En train d’écrire ici : {names}',
};
