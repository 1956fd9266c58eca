import type { editor as english } from '../en/editor.js';

/** The document editor. */
export const editor: Record<keyof typeof english, string> = {
  'editor.back': 'Înapoi la spațiile tale',
  'editor.placeholder': 'Începe să scrii aici…',
  'editor.toolbar': 'Formatare',
  'editor.undo': 'Anulează',
  'editor.redo': 'Refă',
  'editor.bold': 'Aldin',
  'editor.italic': 'Cursiv',
  'editor.heading1': 'Titlu mare',
  'editor.heading2': 'Titlu mic',
  'editor.bulletList': 'Listă cu marcatori',
  'editor.numberedList': 'Listă numerotată',
  'editor.link': 'Link',
  'editor.linkPrompt': 'Adresa web a linkului',
  'editor.linkInvalid': 'Asta nu arată ca o adresă web. Încearcă ceva de genul www.example.org.',
  'editor.linkApply': 'Adaugă linkul',
  'editor.linkRemove': 'Elimină linkul',
  'editor.editsRefused': 'Unele modificări pe care le-ai făcut cât timp editarea era pe pauză nu au putut fi salvate. Acum vezi cea mai nouă versiune a tuturor.',
  'editor.readOnlyBanner': 'Poți citi acest document, dar nu îl poți schimba.',
  'editor.lockedBanner': 'Un profesor a blocat acest document. Îl poți citi, dar nu îl poți schimba.',
  'editor.writers': 'Scriu aici: {names}',
};
