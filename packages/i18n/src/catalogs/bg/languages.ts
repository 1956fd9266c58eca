import type { languages as english } from '../en/languages.js';

/** The language of texts: the Language control of documents and boards, marking the language of a passage. */
export const languages: Record<keyof typeof english, string> = {
  'languages.item.label': 'Език на текста',
  'languages.item.notSaid': 'Не е избран',
  'languages.item.writtenIn': 'Написано на {language}',
  'languages.item.failed': 'Езикът не беше запазен. {reason}',
  'languages.working': 'Езиците на нашето партньорство',
  'languages.others': 'Други езици',
  'languages.mark.button': 'Отбележи езика на избрания текст',
  'languages.mark.title': 'На какъв език са избраните думи?',
  'languages.mark.selectFirst': 'Първо избери няколко думи, после избери езика им.',
  'languages.mark.other': 'Друг език',
  'languages.mark.choose': 'Избери…',
  'languages.mark.remove': 'Премахни отбелязания език',
  'languages.mark.cancel': 'Отказ',
};
