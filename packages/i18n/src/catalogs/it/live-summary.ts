import type { liveSummary as english } from '../en/live-summary.js';

/** The summary a live session writes into its space when it ends (a document, in the ending host's language). */
export const liveSummary: Record<keyof typeof english, string> = {
  'liveSummary.itemTitle': 'Lezione in diretta: {title} ({date})',
  'liveSummary.when': '{date}, {start}–{end} ({minutes, plural, one {# minuto} other {# minuti}}). Condotta da {hosts}.',
  'liveSummary.attendance': 'Chi c’era ({count})',
  'liveSummary.person': '{name} ({country}), {school}: dalle {from} alle {to}',
  'liveSummary.personNoSchool': '{name}: dalle {from} alle {to}',
  'liveSummary.nobody': 'Non è entrato nessun altro.',
  'liveSummary.polls': 'Sondaggi',
  'liveSummary.poll': '{question} ({voters, plural, one {# voto} other {# voti}})',
  'liveSummary.pollOption': '{label}: {votes}',
  'liveSummary.worked': 'Su cosa abbiamo lavorato',
  'liveSummary.workedItem': '{title}: una versione chiamata «{version}» lo conserva com’era alla fine',
  'liveSummary.workedNone': 'Durante la lezione non è stato modificato nessun documento e nessuna lavagna.',
  'liveSummary.versionName': 'Fine della lezione in diretta {date}',
  'liveSummary.chat': 'Chat',
  'liveSummary.chatLine': '{time} {name}: {body}',
  'liveSummary.chatEmpty': 'Nessuno ha scritto in chat.',
  'liveSummary.chatNotKept': 'Chi conduceva ha scelto di non salvare la chat.',
};
