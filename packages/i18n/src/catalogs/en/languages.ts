/** The language of texts: the Language control of documents and boards, marking the language of a passage. */
export const languages = {
  'languages.item.label': 'Language of the text',
  'languages.item.notSaid': 'Not chosen',
  'languages.item.writtenIn': 'Written in {language}',
  'languages.item.failed': 'The language was not saved. {reason}',
  'languages.working': 'Our partnership’s languages',
  'languages.others': 'Other languages',
  'languages.mark.button': 'Mark language of the selection',
  'languages.mark.title': 'Which language are the selected words in?',
  'languages.mark.selectFirst': 'Select some words first, then choose their language.',
  'languages.mark.other': 'Another language',
  'languages.mark.choose': 'Choose…',
  'languages.mark.remove': 'Remove language mark',
  'languages.mark.cancel': 'Cancel',
} as const;
