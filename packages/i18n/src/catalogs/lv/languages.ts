import type { languages as english } from '../en/languages.js';

/** The language of texts: the Language control of documents and boards, marking the language of a passage. */
export const languages: Record<keyof typeof english, string> = {
  'languages.item.label': 'Teksta valoda',
  'languages.item.notSaid': 'Nav izvēlēta',
  'languages.item.writtenIn': 'Rakstīts valodā: {language}',
  'languages.item.failed': 'Valoda netika saglabāta. {reason}',
  'languages.working': 'Mūsu partnerības valodas',
  'languages.others': 'Citas valodas',
  'languages.mark.button': 'Atzīmēt atlasītā teksta valodu',
  'languages.mark.title': 'Kādā valodā ir atlasītie vārdi?',
  'languages.mark.selectFirst': 'Vispirms atlasi dažus vārdus, tad izvēlies to valodu.',
  'languages.mark.other': 'Cita valoda',
  'languages.mark.choose': 'Izvēlies…',
  'languages.mark.remove': 'Noņemt valodas atzīmi',
  'languages.mark.cancel': 'Atcelt',
};
