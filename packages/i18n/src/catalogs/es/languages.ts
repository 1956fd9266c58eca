import type { languages as english } from '../en/languages.js';

/** The language of texts: the Language control of documents and boards, marking the language of a passage. */
export const languages: Record<keyof typeof english, string> = {
  'languages.item.label': 'Idioma del texto',
  'languages.item.notSaid': 'Sin elegir',
  'languages.item.writtenIn': 'Escrito en {language}',
  'languages.item.failed': 'No se ha guardado el idioma. {reason}',
  'languages.working': 'Los idiomas de nuestra asociación',
  'languages.others': 'Otros idiomas',
  'languages.mark.button': 'Marcar el idioma de la selección',
  'languages.mark.title': '¿En qué idioma están las palabras seleccionadas?',
  'languages.mark.selectFirst': 'Primero selecciona algunas palabras y luego elige su idioma.',
  'languages.mark.other': 'Otro idioma',
  'languages.mark.choose': 'Elige…',
  'languages.mark.remove': 'Quitar la marca de idioma',
  'languages.mark.cancel': 'Cancelar',
};
