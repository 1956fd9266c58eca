import type { languages as english } from '../en/languages.js';

/** The language of texts: the Language control of documents and boards, marking the language of a passage. */
export const languages: Record<keyof typeof english, string> = {
  'languages.item.label': 'Јазик на текстот',
  'languages.item.notSaid': 'Не е избран',
  'languages.item.writtenIn': 'Напишано на {language}',
  'languages.item.failed': 'Јазикот не е зачуван. {reason}',
  'languages.working': 'Јазиците на нашето партнерство',
  'languages.others': 'Други јазици',
  'languages.mark.button': 'Означи го јазикот на избраниот текст',
  'languages.mark.title': 'На кој јазик се избраните зборови?',
  'languages.mark.selectFirst': 'Прво избери неколку зборови, па избери го нивниот јазик.',
  'languages.mark.other': 'Друг јазик',
  'languages.mark.choose': 'Избери…',
  'languages.mark.remove': 'Отстрани ја ознаката за јазик',
  'languages.mark.cancel': 'Откажи',
};
