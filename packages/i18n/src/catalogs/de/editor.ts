import type { editor as english } from '../en/editor.js';

/** The document editor. */
export const editor: Record<keyof typeof english, string> = {
  'editor.back': 'Zurück zu deinen Räumen',
  'editor.placeholder': 'Fang hier an zu schreiben…',
  'editor.toolbar': 'Formatierung',
  'editor.undo': 'Rückgängig',
  'editor.redo': 'Wiederholen',
  'editor.bold': 'Fett',
  'editor.italic': 'Kursiv',
  'editor.heading1': 'Große Überschrift',
  'editor.heading2': 'Kleine Überschrift',
  'editor.bulletList': 'Aufzählung',
  'editor.numberedList': 'Nummerierte Liste',
  'editor.link': 'Link',
  'editor.linkPrompt': 'Webadresse für den Link',
  'editor.linkInvalid': 'Das sieht nicht nach einer Webadresse aus. Versuch es zum Beispiel mit www.example.org.',
  'editor.linkApply': 'Link einfügen',
  'editor.linkRemove': 'Link entfernen',
  'editor.editsRefused': 'Einige Änderungen, die du während der Bearbeitungspause gemacht hast, konnten nicht gespeichert werden. Du siehst jetzt die neueste Version von allen.',
  'editor.readOnlyBanner': 'Du kannst dieses Dokument lesen, aber nicht ändern.',
  'editor.lockedBanner': 'Eine Lehrkraft hat dieses Dokument gesperrt. Du kannst es lesen, aber nicht ändern.',
  'editor.writers': 'Schreiben gerade hier: {names}',
};
