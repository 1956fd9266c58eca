import type { editor as english } from '../en/editor.js';

/** The document editor. */
export const editor: Record<keyof typeof english, string> = {
  'editor.back': 'Назад кон твоите простори',
  'editor.placeholder': 'Почни да пишуваш овде…',
  'editor.toolbar': 'Форматирање',
  'editor.undo': 'Врати',
  'editor.redo': 'Повтори',
  'editor.bold': 'Задебелено',
  'editor.italic': 'Накосено',
  'editor.heading1': 'Голем наслов',
  'editor.heading2': 'Мал наслов',
  'editor.bulletList': 'Список со точки',
  'editor.numberedList': 'Нумериран список',
  'editor.link': 'Линк',
  'editor.linkPrompt': 'Веб-адреса за линкот',
  'editor.linkInvalid': 'Ова не личи на веб-адреса. Пробај нешто како www.example.org.',
  'editor.linkApply': 'Додај линк',
  'editor.linkRemove': 'Отстрани го линкот',
  'editor.editsRefused': 'Некои промени што ги направи додека уредувањето беше паузирано не можеа да се зачуваат. Сега ја гледаш најновата верзија од сите.',
  'editor.readOnlyBanner': 'Можеш да го читаш овој документ, но не и да го менуваш.',
  'editor.lockedBanner': 'Наставник го заклучи овој документ. Можеш да го читаш, но не и да го менуваш.',
  'editor.writers': 'Овде пишуваат: {names}',
};
