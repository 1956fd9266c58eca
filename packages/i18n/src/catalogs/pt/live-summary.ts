import type { liveSummary as english } from '../en/live-summary.js';

/** The summary a live session writes into its space when it ends (a document, in the ending host's language). */
export const liveSummary: Record<keyof typeof english, string> = {
  'liveSummary.itemTitle': 'Live lesson: {title} ({date})',
  'liveSummary.when': '{date}, {start}–{end} ({minutes, plural, one {# minute} other {# minutes}}). Hosted by {hosts}.',
  'liveSummary.attendance': 'Who was there ({count})',
  'liveSummary.person': '{name} ({country}), {school}: from {from} to {to}',
  'liveSummary.personNoSchool': '{name}: from {from} to {to}',
  'liveSummary.nobody': 'Nobody else joined.',
  'liveSummary.polls': 'Polls',
  'liveSummary.poll': '{question} ({voters, plural, one {# vote} other {# votes}})',
  'liveSummary.pollOption': '{label}: {votes}',
  'liveSummary.worked': 'What we worked on',
  'liveSummary.workedItem': '{title}: a version named “{version}” keeps it as it was at the end',
  'liveSummary.workedNone': 'No document or board was changed during the lesson.',
  'liveSummary.versionName': 'End of the live lesson {date}',
  'liveSummary.chat': 'Chat',
  'liveSummary.chatLine': '{time} {name}: {body}',
  'liveSummary.chatEmpty': 'Nobody wrote in the chat.',
  'liveSummary.chatNotKept': 'The hosts chose not to keep the chat.',
};
