import type { editor as english } from '../en/editor.js';

/** The document editor. */
export const editor: Record<keyof typeof english, string> = {
  'editor.back': 'Обратно към пространствата ти',
  'editor.placeholder': 'Започни да пишеш тук…',
  'editor.toolbar': 'Форматиране',
  'editor.undo': 'Отмени',
  'editor.redo': 'Повтори',
  'editor.bold': 'Удебелен',
  'editor.italic': 'Курсив',
  'editor.heading1': 'Голямо заглавие',
  'editor.heading2': 'Малко заглавие',
  'editor.bulletList': 'Списък с точки',
  'editor.numberedList': 'Номериран списък',
  'editor.link': 'Връзка',
  'editor.linkPrompt': 'Уеб адрес на връзката',
  'editor.linkInvalid': 'Това не прилича на уеб адрес. Опитай нещо като www.example.org.',
  'editor.linkApply': 'Добави връзка',
  'editor.linkRemove': 'Премахни връзката',
  'editor.editsRefused': 'Някои промени, които направи, докато писането беше спряно, не можаха да се запазят. Сега виждаш най-новата версия на всички.',
  'editor.readOnlyBanner': 'Можеш да четеш този документ, но не и да го променяш.',
  'editor.lockedBanner': 'Учител заключи този документ. Можеш да го четеш, но не и да го променяш.',
  'editor.writers': 'Пишат тук: {names}',
};
