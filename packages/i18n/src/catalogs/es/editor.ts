import type { editor as english } from '../en/editor.js';

/** The document editor. */
export const editor: Record<keyof typeof english, string> = {
  'editor.back': 'Back to your spaces',
  'editor.placeholder': 'Start writing here…',
  'editor.toolbar': 'Formatting',
  'editor.undo': 'Undo',
  'editor.redo': 'Redo',
  'editor.bold': 'Bold',
  'editor.italic': 'Italic',
  'editor.paragraph': 'Normal text',
  'editor.heading1': 'Big heading',
  'editor.heading2': 'Small heading',
  'editor.bulletList': 'Bulleted list',
  'editor.numberedList': 'Numbered list',
  'editor.link': 'Link',
  'editor.linkPrompt': 'Web address for the link',
  'editor.linkInvalid': 'That does not look like a web address. Try something like www.example.org.',
  'editor.linkApply': 'Add link',
  'editor.linkRemove': 'Remove link',
  'editor.editsRefused': 'Some changes you made while editing was paused could not be saved. You now see everyone’s latest version.',
  'editor.readOnlyBanner': 'You can read this document, but not change it.',
  'editor.lockedBanner': 'A teacher locked this document. You can read it, but not change it.',
  'editor.writers': 'Writing here: {names}',
};
