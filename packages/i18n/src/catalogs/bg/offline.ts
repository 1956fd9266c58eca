import type { offline as english } from '../en/offline.js';

/** Working with a weak connection: the save indicator, and text the server could not take. */
export const offline: Record<keyof typeof english, string> = {
  'offline.status.saved': 'Всички промени са запазени',
  'offline.status.saving': 'Запазване…',
  'offline.status.offlineKept': 'Няма връзка — работата ти е запазена на това устройство',
  'offline.status.offline': 'Няма връзка — можеш да продължиш да работиш',
  'offline.status.connecting': 'Свързване…',
  'offline.status.live': 'На живо',
  'offline.status.offlineReading': 'Няма връзка',
  'offline.status.short.saved': 'Запазено',
  'offline.status.short.offlineKept': 'Няма връзка, запазено тук',

  'offline.rescue.title': 'Твоят текст, който не можа да се запази',
  'offline.rescue.titleOf': 'Твоят текст от „{title}“, който не можа да се запази',
  'offline.rescue.whyOffline':
    'Учител спря редактирането или достъпът ти се промени, докато нямаше връзка, затова тези промени не можаха да се запазят. Текстът ти от това устройство е по-долу: копирай го, за да можеш да го използваш пак.',
  'offline.rescue.whyOnline':
    'Учител спря редактирането или достъпът ти се промени, докато пишеше, затова последните ти промени не можаха да се запазят. Текстът ти е по-долу: копирай го, за да можеш да го използваш пак.',
  'offline.rescue.textLabel': 'Твоят текст (само за четене)',
  'offline.rescue.copy': 'Копирай текста',
  'offline.rescue.copied': 'Копирано. Можеш да го поставиш където искаш.',
  'offline.rescue.selected': 'Текстът е маркиран: натисни Ctrl+C (⌘C на Mac), за да го копираш.',
  'offline.rescue.remove': 'Премахни този текст',
  'offline.rescue.removeHint': 'Само когато вече го имаш запазен другаде: Kopa няма друго копие от него.',

  'offline.home.title': 'Част от работата ти не можа да се запази',
  'offline.home.text':
    'Учител спря редактирането или достъпът ти се промени, докато нямаше връзка. Текстът ти е запазен на това устройство: отвори всеки текст, за да го копираш.',
  'offline.home.open': 'Отвори „{title}“, за да копираш текста си',
};
