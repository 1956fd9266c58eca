import type { editor as english } from '../en/editor.js';

/** The document editor. */
export const editor: Record<keyof typeof english, string> = {
  'editor.back': 'Torna ai tuoi spazi',
  'editor.placeholder': 'Inizia a scrivere qui…',
  'editor.toolbar': 'Formattazione',
  'editor.undo': 'Annulla',
  'editor.redo': 'Ripeti',
  'editor.bold': 'Grassetto',
  'editor.italic': 'Corsivo',
  'editor.heading1': 'Titolo grande',
  'editor.heading2': 'Titolo piccolo',
  'editor.bulletList': 'Elenco puntato',
  'editor.numberedList': 'Elenco numerato',
  'editor.link': 'Link',
  'editor.linkPrompt': 'Indirizzo web del link',
  'editor.linkInvalid': 'Questo non sembra un indirizzo web. Prova con qualcosa come www.example.org.',
  'editor.linkApply': 'Aggiungi link',
  'editor.linkRemove': 'Rimuovi link',
  'editor.editsRefused': 'Alcune modifiche fatte mentre la scrittura era in pausa non sono state salvate. Ora vedi l’ultima versione di tutti.',
  'editor.readOnlyBanner': 'Puoi leggere questo documento, ma non cambiarlo.',
  'editor.lockedBanner': 'Un insegnante ha bloccato questo documento. Puoi leggerlo, ma non cambiarlo.',
  'editor.writers': 'Stanno scrivendo qui: {names}',
};
