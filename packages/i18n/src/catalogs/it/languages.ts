import type { languages as english } from '../en/languages.js';

/** The language of texts: the Language control of documents and boards, marking the language of a passage. */
export const languages: Record<keyof typeof english, string> = {
  'languages.item.label': 'Lingua del testo',
  'languages.item.notSaid': 'Non scelta',
  'languages.item.writtenIn': 'Scritto in {language}',
  'languages.item.failed': 'La lingua non è stata salvata. {reason}',
  'languages.working': 'Le lingue del nostro partenariato',
  'languages.others': 'Altre lingue',
  'languages.mark.button': 'Segna la lingua della selezione',
  'languages.mark.title': 'In che lingua sono le parole selezionate?',
  'languages.mark.selectFirst': 'Prima seleziona qualche parola, poi scegli la loro lingua.',
  'languages.mark.other': 'Un’altra lingua',
  'languages.mark.choose': 'Scegli…',
  'languages.mark.remove': 'Rimuovi il segno della lingua',
  'languages.mark.cancel': 'Annulla',
};
