import type { languages as english } from '../en/languages.js';

/** The language of texts: the Language control of documents and boards, marking the language of a passage. */
export const languages: Record<keyof typeof english, string> = {
  'languages.item.label': 'Limba textului',
  'languages.item.notSaid': 'Nealeasă',
  'languages.item.writtenIn': 'Scris în {language}',
  'languages.item.failed': 'Limba nu a fost salvată. {reason}',
  'languages.working': 'Limbile parteneriatului nostru',
  'languages.others': 'Alte limbi',
  'languages.mark.button': 'Marchează limba textului selectat',
  'languages.mark.title': 'În ce limbă sunt cuvintele selectate?',
  'languages.mark.selectFirst': 'Mai întâi selectează câteva cuvinte, apoi alege limba lor.',
  'languages.mark.other': 'Altă limbă',
  'languages.mark.choose': 'Alege…',
  'languages.mark.remove': 'Elimină marcajul de limbă',
  'languages.mark.cancel': 'Anulează',
};
