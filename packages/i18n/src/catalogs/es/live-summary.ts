import type { liveSummary as english } from '../en/live-summary.js';

/** The summary a live session writes into its space when it ends (a document, in the ending host's language). */
export const liveSummary: Record<keyof typeof english, string> = {
  'liveSummary.itemTitle': 'Clase en directo: {title} ({date})',
  'liveSummary.when': '{date}, {start}–{end} ({minutes, plural, one {# minuto} other {# minutos}}). Dirigida por {hosts}.',
  'liveSummary.attendance': 'Quién estuvo ({count})',
  'liveSummary.person': '{name} ({country}), {school}: de {from} a {to}',
  'liveSummary.personNoSchool': '{name}: de {from} a {to}',
  'liveSummary.nobody': 'No se unió nadie más.',
  'liveSummary.polls': 'Encuestas',
  'liveSummary.poll': '{question} ({voters, plural, one {# voto} other {# votos}})',
  'liveSummary.pollOption': '{label}: {votes}',
  'liveSummary.worked': 'En qué trabajamos',
  'liveSummary.workedItem': '{title}: una versión llamada «{version}» lo guarda tal como quedó al final',
  'liveSummary.workedNone': 'Durante la clase no se cambió ningún documento ni ninguna pizarra.',
  'liveSummary.versionName': 'Final de la clase en directo del {date}',
  'liveSummary.chat': 'Chat',
  'liveSummary.chatLine': '{time} {name}: {body}',
  'liveSummary.chatEmpty': 'Nadie escribió en el chat.',
  'liveSummary.chatNotKept': 'Quienes dirigían la clase decidieron no guardar el chat.',
};
