import type { liveSummary as english } from '../en/live-summary.js';

/** The summary a live session writes into its space when it ends (a document, in the ending host's language). */
export const liveSummary: Record<keyof typeof english, string> = {
  'liveSummary.itemTitle': 'Cours en direct : {title} ({date})',
  'liveSummary.when': '{date}, {start}–{end} ({minutes, plural, one {# minute} other {# minutes}}). Animé par {hosts}.',
  'liveSummary.attendance': 'Qui était là ({count})',
  'liveSummary.person': '{name} ({country}), {school} : de {from} à {to}',
  'liveSummary.personNoSchool': '{name} : de {from} à {to}',
  'liveSummary.nobody': 'Personne d’autre n’a participé.',
  'liveSummary.polls': 'Sondages',
  'liveSummary.poll': '{question} ({voters, plural, one {# vote} other {# votes}})',
  'liveSummary.pollOption': '{label} : {votes}',
  'liveSummary.worked': 'Ce sur quoi on a travaillé',
  'liveSummary.workedItem': '{title} : une version nommée « {version} » le garde tel qu’il était à la fin',
  'liveSummary.workedNone': 'Aucun document ni tableau n’a été modifié pendant le cours.',
  'liveSummary.versionName': 'Fin du cours en direct du {date}',
  'liveSummary.chat': 'Discussion',
  'liveSummary.chatLine': '{time} {name} : {body}',
  'liveSummary.chatEmpty': 'Personne n’a écrit dans la discussion.',
  'liveSummary.chatNotKept': 'Les animateurs ont choisi de ne pas garder la discussion.',
};
