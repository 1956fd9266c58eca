import type { editor as english } from '../en/editor.js';

/** The document editor. */
export const editor: Record<keyof typeof english, string> = {
  'editor.back': 'Atpakaļ uz tavām telpām',
  'editor.placeholder': 'Sāc rakstīt šeit…',
  'editor.toolbar': 'Formatēšana',
  'editor.undo': 'Atsaukt',
  'editor.redo': 'Atkārtot',
  'editor.bold': 'Treknraksts',
  'editor.italic': 'Slīpraksts',
  'editor.heading1': 'Liels virsraksts',
  'editor.heading2': 'Mazs virsraksts',
  'editor.bulletList': 'Aizzīmju saraksts',
  'editor.numberedList': 'Numurēts saraksts',
  'editor.link': 'Saite',
  'editor.linkPrompt': 'Saites tīmekļa adrese',
  'editor.linkInvalid': 'Tā neizskatās pēc tīmekļa adreses. Pamēģini, piemēram, www.example.org.',
  'editor.linkApply': 'Pievienot saiti',
  'editor.linkRemove': 'Noņemt saiti',
  'editor.editsRefused': 'Dažas izmaiņas, ko veici, kamēr rediģēšana bija apturēta, nevarēja saglabāt. Tagad redzi jaunāko versiju, tādu pašu kā visi.',
  'editor.readOnlyBanner': 'Tu vari lasīt šo dokumentu, bet ne mainīt.',
  'editor.lockedBanner': 'Skolotājs aizslēdza šo dokumentu. Tu vari to lasīt, bet ne mainīt.',
  'editor.writers': 'Šeit raksta: {names}',
};
