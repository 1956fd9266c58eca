import type { offline as english } from '../en/offline.js';

/** Working with a weak connection: the save indicator, and text the server could not take. */
export const offline: Record<keyof typeof english, string> = {
  'offline.status.saved': 'Сите промени се зачувани',
  'offline.status.saving': 'Се зачувува…',
  'offline.status.offlineKept': 'Без интернет — твојата работа е зачувана на овој уред',
  'offline.status.offline': 'Без интернет — можеш да продолжиш со работа',
  'offline.status.connecting': 'Се поврзува…',
  'offline.status.live': 'Во живо',
  'offline.status.offlineReading': 'Без интернет',
  'offline.status.short.saved': 'Зачувано',
  'offline.status.short.offlineKept': 'Без интернет, зачувано тука',

  'offline.rescue.title': 'Твојот текст што не можеше да се зачува',
  'offline.rescue.titleOf': 'Твојот текст од „{title}“ што не можеше да се зачува',
  'offline.rescue.whyOffline':
    'Наставник го паузираше уредувањето или твојот пристап се смени додека беше без интернет, па овие промени не можеа да се зачуваат. Твојот текст од овој уред е подолу: копирај го за да можеш пак да го користиш.',
  'offline.rescue.whyOnline':
    'Наставник го паузираше уредувањето или твојот пристап се смени додека пишуваше, па твоите последни промени не можеа да се зачуваат. Твојот текст е подолу: копирај го за да можеш пак да го користиш.',
  'offline.rescue.textLabel': 'Твојот текст (само за читање)',
  'offline.rescue.copy': 'Копирај го текстот',
  'offline.rescue.copied': 'Копирано. Можеш да го залепиш каде сакаш.',
  'offline.rescue.selected': 'Текстот е избран: притисни Ctrl+C (⌘C на Mac) за да го копираш.',
  'offline.rescue.remove': 'Отстрани го овој текст',
  'offline.rescue.removeHint': 'Само откако ќе го зачуваш на друго место: Kopa нема друга копија од него.',

  'offline.home.title': 'Дел од твојата работа не можеше да се зачува',
  'offline.home.text':
    'Наставник го паузираше уредувањето или твојот пристап се смени додека беше без интернет. Твојот текст е зачуван на овој уред: отвори го секој текст за да го копираш.',
  'offline.home.open': 'Отвори „{title}“ за да го копираш твојот текст',
};
