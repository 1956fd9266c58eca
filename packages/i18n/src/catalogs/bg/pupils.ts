import type { pupils as english } from '../en/pupils.js';

/** Pupil accounts: adding a class, new passwords, switching accounts off, login cards. */
export const pupils: Record<keyof typeof english, string> = {
  'nav.pupils': 'Ученици',

  'pupils.title': 'Ученици',
  'pupils.intro':
    'Учениците от {school} влизат с потребителско име и парола, които ти им даваш. Всички ги виждат с малкото име и държавата, никога с пълното име.',
  'pupils.noSchool': 'Профилът ти не е свързан с училище, затова тук няма ученици, за които да се грижиш.',

  'pupils.add.heading': 'Добави ученици',
  'pupils.add.label': 'Малки имена, по едно на ред',
  'pupils.add.hint':
    'Напиши или постави списък, например от таблица. От всеки ред се запазва само първата дума: малко име или прякор. До {max} наведнъж.',
  'pupils.add.count': '{count, plural, =0 {Още няма имена} one {# име} other {# имена}}',
  'pupils.add.submit': '{count, plural, =0 {Създай профили} one {Създай # профил} other {Създай # профила}}',
  'pupils.add.submitting': 'Създаване на профили…',
  'pupils.add.none': 'Напиши поне едно малко име.',
  'pupils.add.tooMany': 'Това са {count} имена, а наведнъж може най-много {max}. Раздели списъка и го добави на части.',
  'pupils.add.notNames':
    '{count, plural, one {Ред {lines} не е малко име} other {Редове {lines} не са малки имена}}: използвай само букви, без цифри, емоджита или символи.',
  'pupils.add.sameName':
    '{count, plural, =2 {Двама ученици се казват {name}} =3 {Трима ученици се казват {name}} other {# ученици се казват {name}}}: погледни потребителските имена на картите им, за да ги различиш.',
  'pupils.add.shortened':
    '{count, plural, one {# ред има повече от една дума: запазва се само първата.} other {# реда имат повече от една дума: от всеки се запазва само първата.}}',

  'pupils.created.title': '{count, plural, one {# профил е готов} other {# профила са готови}}',
  'pupils.created.onlyOnce':
    'Разпечатай картите за вход сега: паролите се показват само този път. По-късно можеш да дадеш нова парола на всеки.',
  'pupils.created.print': 'Разпечатай картите за вход',
  'pupils.created.done': 'Готово, скрий паролите',
  'pupils.created.caption': 'Нови профили и паролите им',

  'pupils.column.name': 'Име',
  'pupils.column.username': 'Потребителско име',
  'pupils.column.password': 'Парола',

  'pupils.list.heading': 'Твоите ученици',
  'pupils.list.count': '{count, plural, =0 {Още няма ученици} one {# ученик} other {# ученици}}',
  'pupils.list.empty': 'Още няма ученици. Добави класа си отгоре: по едно малко име на ред.',

  'pupils.active.switch': '{name} може да влиза',
  'pupils.active.on': 'Може да влиза',
  'pupils.active.off': 'Изключен',

  'pupils.reset.button': 'Нова парола',
  'pupils.reset.buttonFor': 'Нова парола за {name}',
  'pupils.reset.confirm': 'Да дам ли нова парола на {name}? Старата спира да работи веднага и {name} излиза от профила си на всички устройства.',
  'pupils.reset.yes': 'Да, нова парола',
  'pupils.reset.cancel': 'Отказ',
  'pupils.reset.shown': 'Нова парола за {name}, показва се само сега:',
  'pupils.reset.printCard': 'Разпечатай картата',
  'pupils.reset.hide': 'Скрий',

  'pupils.cards.title': 'Карти за вход',
  'pupils.cards.back': 'Обратно към учениците',
  'pupils.cards.print': 'Печат',
  'pupils.cards.hint':
    '{count, plural, one {# карта} other {# карти}}, по осем на всяка страница A4. Изрежи по пунктирните линии и дай на всеки ученик неговата карта.',
  'pupils.cards.empty':
    'Няма нови пароли за разпечатване. Паролите се показват само веднъж: добави ученици или дай на ученик нова парола и разпечатай оттам.',
  'pupils.cards.username': 'Потребителско име',
  'pupils.cards.password': 'Парола',
  'pupils.cards.scan': 'Сканирай, за да влезеш',
  'pupils.cards.address': 'Или отвори {address}',
  'pupils.cards.qr': 'QR код: отваря страницата за вход на {username}',
  'pupils.cards.forget': 'Забрави тези пароли',
};
