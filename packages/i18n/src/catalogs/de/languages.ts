import type { languages as english } from '../en/languages.js';

/** The language of texts: the Language control of documents and boards, marking the language of a passage. */
export const languages: Record<keyof typeof english, string> = {
  'languages.item.label': 'Sprache des Textes',
  'languages.item.notSaid': 'Nicht gewählt',
  'languages.item.writtenIn': 'Geschrieben auf {language}',
  'languages.item.failed': 'Die Sprache wurde nicht gespeichert. {reason}',
  'languages.working': 'Die Sprachen unserer Partnerschaft',
  'languages.others': 'Andere Sprachen',
  'languages.mark.button': 'Sprache der Auswahl markieren',
  'languages.mark.title': 'In welcher Sprache sind die markierten Wörter?',
  'languages.mark.selectFirst': 'Markiere zuerst ein paar Wörter und wähle dann ihre Sprache.',
  'languages.mark.other': 'Eine andere Sprache',
  'languages.mark.choose': 'Auswählen…',
  'languages.mark.remove': 'Sprachmarkierung entfernen',
  'languages.mark.cancel': 'Abbrechen',
};
