import type { liveSummary as english } from '../en/live-summary.js';

/** The summary a live session writes into its space when it ends (a document, in the ending host's language). */
export const liveSummary: Record<keyof typeof english, string> = {
  'liveSummary.itemTitle': 'Live-Stunde: {title} ({date})',
  'liveSummary.when': '{date}, {start}–{end} ({minutes, plural, one {# Minute} other {# Minuten}}). Geleitet von {hosts}.',
  'liveSummary.attendance': 'Wer dabei war ({count})',
  'liveSummary.person': '{name} ({country}), {school}: von {from} bis {to}',
  'liveSummary.personNoSchool': '{name}: von {from} bis {to}',
  'liveSummary.nobody': 'Sonst war niemand dabei.',
  'liveSummary.polls': 'Umfragen',
  'liveSummary.poll': '{question} ({voters, plural, one {# Stimme} other {# Stimmen}})',
  'liveSummary.pollOption': '{label}: {votes}',
  'liveSummary.worked': 'Woran wir gearbeitet haben',
  'liveSummary.workedItem': '{title}: Eine Version namens „{version}“ hält den Stand am Ende fest',
  'liveSummary.workedNone': 'In der Stunde wurde kein Dokument und keine Tafel geändert.',
  'liveSummary.versionName': 'Ende der Live-Stunde {date}',
  'liveSummary.chat': 'Chat',
  'liveSummary.chatLine': '{time} {name}: {body}',
  'liveSummary.chatEmpty': 'Niemand hat im Chat geschrieben.',
  'liveSummary.chatNotKept': 'Die Leitung hat entschieden, den Chat nicht aufzubewahren.',
};
