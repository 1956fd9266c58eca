import type { exporting as english } from '../en/exports.js';

/** Exports of a partnership or one space (a complete backup, a static website, Markdown): the panels on the partnership and space pages, and the words the website and Markdown exports write. */
export const exporting: Record<keyof typeof english, string> = {
  'exports.title': 'Извоз',
  'exports.intro':
    'Преземи го целото партнерство како една датотека. Се прави во заднина: продолжи со работа, а линкот ќе се појави овде кога ќе биде готова. Секоја датотека останува еден ден.',
  'exports.loadFailed': 'Извозите не можеа да се вчитаат.',
  'exports.format.label': 'Што да се извезе',
  'exports.format.backup': 'Целосна резервна копија',
  'exports.format.backup.hint':
    'Сè, за враќање во празна Kopa: луѓето со нивните лозинки (никогаш со нивните најави), просторите, документите, таблите, објавите на блогот, сликите и целата нивна историја. Чувај ја датотеката безбедно исто како и самиот сервер.',
  'exports.format.site': 'Веб-страница',
  'exports.format.site.hint':
    'Веб-страница што се отвора од папка или се става на веб-страниците на проектот: партнерството, посетите, секоја објава од блогот, документите и таблите, со нивните слики и лиценцата. Нацртите не се вклучени; учениците се именувани само со согласност на нивното училиште.',
  'exports.format.markdown': 'Датотеки Markdown',
  'exports.format.markdown.hint':
    'Објавите од блогот и документите како датотеки Markdown, таблите како SVG-слики, со содржина и нивните слики: за вики, алатка за правење веб-страници или кој било уредувач на текст.',
  'exports.start': 'Започни го извозот',
  'exports.starting': 'Се започнува…',
  'exports.busy': 'Твојот извоз е во тек: следниот може да започне кога овој ќе заврши.',
  'exports.busyElsewhere': 'Друг твој извоз е во тек: овој може да започне кога тој ќе заврши.',
  'exports.recent': 'Твоите извози',
  'exports.job.title': '{format}, започнат {when}',
  'exports.job.preparing': 'Се подготвува…',
  'exports.job.running': 'Се извезува… {percent}',
  'exports.job.progress': 'Напредок на извозот ({when})',
  'exports.job.done': 'Готово. Датотеката се чува до {until}.',
  'exports.job.download': 'Преземи ({size})',
  'exports.job.downloadLabel': 'Преземи ја датотеката: {format}, {when} ({size})',
  'exports.job.failed': 'Извозот не заврши. Започни го повторно; ако пак не успее, кажи му на администраторот.',
  // One space, on its own page.
  'exports.space.title': 'Извези го овој простор',
  'exports.space.open': 'Избери што да извезеш',
  'exports.space.close': 'Затвори го извозот',
  'exports.space.intro':
    'Преземи ги документите, таблите и објавите од блогот од овој простор како една датотека. Се прави во заднина: продолжи со работа, а линкот ќе се појави овде кога ќе биде готова. Секоја датотека останува еден ден.',
  'exports.site.home': 'Почетна',
  'exports.site.timeline': 'Посети и објави',
  'exports.site.credits': 'Автори',
  'exports.site.creditsRule':
    'Сите што го напишале она што е тука. Учениците се именувани само ако нивното училиште има нивна согласност; другите се избројани по држави.',
  'exports.site.creditsPerItem': 'Кој што напишал',
  'exports.site.space': 'Од просторот „{title}“',
  'exports.site.host': 'Домаќин: {school} ({country})',
  'exports.site.phaseEmpty': 'Нема објави.',
  'exports.site.otherPosts': 'Други објави',
  'exports.site.exported': 'Извезено од Kopa на {date}.',
  // Printing a document or a post (its title, credits, text, pictures and the licence; print/print.css).
  'print.button': 'Печати',
};
