import type { liveSummary as english } from '../en/live-summary.js';

/** The summary a live session writes into its space when it ends (a document, in the ending host's language). */
export const liveSummary: Record<keyof typeof english, string> = {
  'liveSummary.itemTitle': 'Урок на живо: {title} ({date})',
  'liveSummary.when': '{date}, {start}–{end} ({minutes, plural, one {# минута} other {# минути}}). Водещи: {hosts}.',
  'liveSummary.attendance': 'Кой присъстваше ({count})',
  'liveSummary.person': '{name} ({country}), {school}: от {from} до {to}',
  'liveSummary.personNoSchool': '{name}: от {from} до {to}',
  'liveSummary.nobody': 'Никой друг не се включи.',
  'liveSummary.polls': 'Анкети',
  'liveSummary.poll': '{question} ({voters, plural, one {# глас} other {# гласа}})',
  'liveSummary.pollOption': '{label}: {votes}',
  'liveSummary.worked': 'Върху какво работихме',
  'liveSummary.workedItem': '{title}: версията „{version}“ го пази такова, каквото беше в края',
  'liveSummary.workedNone': 'По време на урока не беше променен нито документ, нито табло.',
  'liveSummary.versionName': 'Край на урока на живо {date}',
  'liveSummary.chat': 'Чат',
  'liveSummary.chatLine': '{time} {name}: {body}',
  'liveSummary.chatEmpty': 'Никой не писа в чата.',
  'liveSummary.chatNotKept': 'Водещите решиха да не пазят чата.',
};
