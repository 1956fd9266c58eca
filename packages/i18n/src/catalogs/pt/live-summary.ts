import type { liveSummary as english } from '../en/live-summary.js';

/** The summary a live session writes into its space when it ends (a document, in the ending host's language). */
export const liveSummary: Record<keyof typeof english, string> = {
  'liveSummary.itemTitle': 'Aula em direto: {title} ({date})',
  'liveSummary.when': '{date}, {start}–{end} ({minutes, plural, one {# minuto} other {# minutos}}). Orientada por {hosts}.',
  'liveSummary.attendance': 'Quem esteve presente ({count})',
  'liveSummary.person': '{name} ({country}), {school}: das {from} às {to}',
  'liveSummary.personNoSchool': '{name}: das {from} às {to}',
  'liveSummary.nobody': 'Mais ninguém entrou.',
  'liveSummary.polls': 'Sondagens',
  'liveSummary.poll': '{question} ({voters, plural, one {# voto} other {# votos}})',
  'liveSummary.pollOption': '{label}: {votes}',
  'liveSummary.worked': 'Em que trabalhámos',
  'liveSummary.workedItem': '{title}: uma versão chamada «{version}» guarda-o tal como ficou no fim',
  'liveSummary.workedNone': 'Nenhum documento nem quadro foi alterado durante a aula.',
  'liveSummary.versionName': 'Fim da aula em direto de {date}',
  'liveSummary.chat': 'Chat',
  'liveSummary.chatLine': '{time} {name}: {body}',
  'liveSummary.chatEmpty': 'Ninguém escreveu no chat.',
  'liveSummary.chatNotKept': 'Quem orientou a aula decidiu não guardar o chat.',
};
