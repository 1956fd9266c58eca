import type { liveSummary as english } from '../en/live-summary.js';

/** The summary a live session writes into its space when it ends (a document, in the ending host's language). */
export const liveSummary: Record<keyof typeof english, string> = {
  'liveSummary.itemTitle': 'Lecție live: {title} ({date})',
  'liveSummary.when': '{date}, {start}–{end} ({minutes, plural, one {# minut} few {# minute} other {# de minute}}). Gazde: {hosts}.',
  'liveSummary.attendance': 'Cine a fost acolo ({count})',
  'liveSummary.person': '{name} ({country}), {school}: de la {from} până la {to}',
  'liveSummary.personNoSchool': '{name}: de la {from} până la {to}',
  'liveSummary.nobody': 'N-a mai intrat nimeni altcineva.',
  'liveSummary.polls': 'Sondaje',
  'liveSummary.poll': '{question} ({voters, plural, one {# vot} few {# voturi} other {# de voturi}})',
  'liveSummary.pollOption': '{label}: {votes}',
  'liveSummary.worked': 'La ce am lucrat',
  'liveSummary.workedItem': '{title}: o versiune numită „{version}” îl păstrează așa cum era la final',
  'liveSummary.workedNone': 'În timpul lecției nu s-a modificat niciun document și nicio tablă.',
  'liveSummary.versionName': 'Sfârșitul lecției live {date}',
  'liveSummary.chat': 'Chat',
  'liveSummary.chatLine': '{time} {name}: {body}',
  'liveSummary.chatEmpty': 'Nimeni n-a scris în chat.',
  'liveSummary.chatNotKept': 'Gazdele au ales să nu păstreze chatul.',
};
