import type { liveSummary as english } from '../en/live-summary.js';

/** The summary a live session writes into its space when it ends (a document, in the ending host's language). */
export const liveSummary: Record<keyof typeof english, string> = {
  'liveSummary.itemTitle': 'Час во живо: {title} ({date})',
  'liveSummary.when': '{date}, {start}–{end} ({minutes, plural, one {# минута} other {# минути}}). Водители: {hosts}.',
  'liveSummary.attendance': 'Кој беше тука ({count})',
  'liveSummary.person': '{name} ({country}), {school}: од {from} до {to}',
  'liveSummary.personNoSchool': '{name}: од {from} до {to}',
  'liveSummary.nobody': 'Никој друг не се приклучи.',
  'liveSummary.polls': 'Анкети',
  'liveSummary.poll': '{question} ({voters, plural, one {# глас} other {# гласа}})',
  'liveSummary.pollOption': '{label}: {votes}',
  'liveSummary.worked': 'На што работевме',
  'liveSummary.workedItem': '{title}: верзијата „{version}“ го чува онака како што беше на крајот',
  'liveSummary.workedNone': 'За време на часот не беше променет ниту документ ниту табла.',
  'liveSummary.versionName': 'Крај на часот во живо {date}',
  'liveSummary.chat': 'Чет',
  'liveSummary.chatLine': '{time} {name}: {body}',
  'liveSummary.chatEmpty': 'Никој не пишуваше во четот.',
  'liveSummary.chatNotKept': 'Водителите одлучија да не го чуваат четот.',
};
