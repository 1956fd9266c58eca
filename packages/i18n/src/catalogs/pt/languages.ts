import type { languages as english } from '../en/languages.js';

/** The language of texts: the Language control of documents and boards, marking the language of a passage. */
export const languages: Record<keyof typeof english, string> = {
  'languages.item.label': 'Língua do texto',
  'languages.item.notSaid': 'Por escolher',
  'languages.item.writtenIn': 'Escrito em {language}',
  'languages.item.failed': 'A língua não foi guardada. {reason}',
  'languages.working': 'As línguas da nossa parceria',
  'languages.others': 'Outras línguas',
  'languages.mark.button': 'Marcar a língua da seleção',
  'languages.mark.title': 'Em que língua estão as palavras selecionadas?',
  'languages.mark.selectFirst': 'Primeiro seleciona algumas palavras e depois escolhe a língua delas.',
  'languages.mark.other': 'Outra língua',
  'languages.mark.choose': 'Escolhe…',
  'languages.mark.remove': 'Remover a marca de língua',
  'languages.mark.cancel': 'Cancelar',
};
