import type { languages as english } from '../en/languages.js';

/** The language of texts: the Language control of documents and boards, marking the language of a passage. */
export const languages: Record<keyof typeof english, string> = {
  'languages.item.label': 'Langue du texte',
  'languages.item.notSaid': 'Non choisie',
  'languages.item.writtenIn': 'Écrit en {language}',
  'languages.item.failed': 'La langue n’a pas été enregistrée. {reason}',
  'languages.working': 'Les langues de notre partenariat',
  'languages.others': 'Autres langues',
  'languages.mark.button': 'Indiquer la langue de la sélection',
  'languages.mark.title': 'Dans quelle langue sont les mots sélectionnés ?',
  'languages.mark.selectFirst': 'Sélectionne d’abord quelques mots, puis choisis leur langue.',
  'languages.mark.other': 'Une autre langue',
  'languages.mark.choose': 'Choisis…',
  'languages.mark.remove': 'Retirer la marque de langue',
  'languages.mark.cancel': 'Annuler',
};
