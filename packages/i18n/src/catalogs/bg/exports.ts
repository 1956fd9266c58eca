import type { exporting as english } from '../en/exports.js';

/** Exports of a partnership or one space (a complete backup, a static website, Markdown): the panels on the partnership and space pages, and the words the website and Markdown exports write. */
export const exporting: Record<keyof typeof english, string> = {
  'exports.title': 'Експорт',
  'exports.intro':
    'Изтегли цялото партньорство като един файл. Той се създава във фонов режим: продължавай да работиш, а връзката към него ще се появи тук, когато е готов. Всеки файл остава един ден.',
  'exports.loadFailed': 'Експортите не можаха да се заредят.',
  'exports.format.label': 'Какво да се експортира',
  'exports.format.backup': 'Пълно резервно копие',
  'exports.format.backup.hint':
    'Всичко, за да се възстанови в празна Kopa: хората с паролите им (никога с входовете им), пространствата, документите, таблата, публикациите в блога, снимките и цялата им история. Пази файла толкова сигурно, колкото и самия сървър.',
  'exports.format.site': 'Уебсайт',
  'exports.format.site.hint':
    'Уебсайт, който се отваря от папка или се качва на уеб страниците на проекта: партньорството, посещенията, всяка публикация от блога, документите и таблата, със снимките им и лиценза. Черновите не влизат; учениците са назовани само със съгласието на училището им.',
  'exports.format.markdown': 'Файлове Markdown',
  'exports.format.markdown.hint':
    'Публикациите от блога и документите като файлове Markdown, таблата като SVG картинки, с указател и снимките им: за уики, конструктор на сайтове или всеки текстов редактор.',
  'exports.start': 'Започни експорта',
  'exports.starting': 'Започване…',
  'exports.busy': 'Експортът ти тече: следващият може да започне, когато той свърши.',
  'exports.busyElsewhere': 'Друг твой експорт тече: този може да започне, когато онзи свърши.',
  'exports.recent': 'Твоите експорти',
  'exports.job.title': '{format}, започнат {when}',
  'exports.job.preparing': 'Подготовка…',
  'exports.job.running': 'Експортиране… {percent}',
  'exports.job.progress': 'Напредък на експорта ({when})',
  'exports.job.done': 'Готово. Файлът се пази до {until}.',
  'exports.job.download': 'Изтегли ({size})',
  'exports.job.downloadLabel': 'Изтегли файла: {format}, {when} ({size})',
  'exports.job.failed': 'Експортът не завърши. Започни го отново; ако пак не стане, кажи на администратора.',
  // One space, on its own page.
  'exports.space.title': 'Експортирай това пространство',
  'exports.space.open': 'Избери какво да експортираш',
  'exports.space.close': 'Затвори експорта',
  'exports.space.intro':
    'Изтегли документите, таблата и публикациите от блога в това пространство като един файл. Той се създава във фонов режим: продължавай да работиш, а връзката към него ще се появи тук, когато е готов. Всеки файл остава един ден.',
  'exports.site.home': 'Начало',
  'exports.site.timeline': 'Посещения и публикации',
  'exports.site.credits': 'Автори',
  'exports.site.creditsRule':
    'Всички, които са писали това, което е тук. Учениците са назовани само ако училището им има тяхното съгласие; останалите са преброени по държави.',
  'exports.site.creditsPerItem': 'Кой какво е написал',
  'exports.site.space': 'От пространството „{title}“',
  'exports.site.host': 'Домакин: {school} ({country})',
  'exports.site.phaseEmpty': 'Няма публикации.',
  'exports.site.otherPosts': 'Други публикации',
  'exports.site.exported': 'Експортирано от Kopa на {date}.',
  // Printing a document or a post (its title, credits, text, pictures and the licence; print/print.css).
  'print.button': 'Печат',
};
