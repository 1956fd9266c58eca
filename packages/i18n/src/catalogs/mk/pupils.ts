import type { pupils as english } from '../en/pupils.js';

/** Pupil accounts: adding a class, new passwords, switching accounts off, login cards. */
export const pupils: Record<keyof typeof english, string> = {
  'nav.pupils': 'Ученици',

  'pupils.title': 'Ученици',
  'pupils.intro':
    'Учениците од {school} се најавуваат со корисничко име и лозинка што ти им ги даваш. Сите ги гледаат со името и државата, никогаш со целото име и презиме.',
  'pupils.noSchool': 'Твојата сметка не припаѓа на училиште, па овде нема ученици за кои треба да се грижиш.',

  'pupils.add.heading': 'Додај ученици',
  'pupils.add.label': 'Имиња, по едно во секој ред',
  'pupils.add.hint':
    'Напиши или залепи список, на пример од табела. Од секој ред се зема само првиот збор: име или прекар. Најмногу {max} одеднаш.',
  'pupils.add.count': '{count, plural, =0 {Уште нема имиња} one {# име} other {# имиња}}',
  'pupils.add.submit': '{count, plural, =0 {Создај сметки} one {Создај # сметка} other {Создај # сметки}}',
  'pupils.add.submitting': 'Се создаваат сметките…',
  'pupils.add.none': 'Напиши барем едно име.',
  'pupils.add.tooMany': 'Тоа се {count} имиња, а одеднаш може најмногу {max}. Подели го списокот и додавај го во делови.',
  'pupils.add.notNames':
    '{count, plural, =1 {Редот {lines} не е име} other {Редовите {lines} не се имиња}}: користи само букви, без бројки, емоџија или симболи.',
  'pupils.add.sameName':
    '{count, plural, =2 {Двајца ученици се викаат {name}} =3 {Тројца ученици се викаат {name}} other {# ученици се викаат {name}}}: погледни ги корисничките имиња на нивните картички за да ги разликуваш.',
  'pupils.add.shortened':
    '{count, plural, =1 {# ред има повеќе од еден збор: се зема само првиот.} one {# ред има повеќе од еден збор: од секој се зема само првиот.} other {# реда имаат повеќе од еден збор: од секој се зема само првиот.}}',

  'pupils.created.title': '{count, plural, one {# сметка е подготвена} other {# сметки се подготвени}}',
  'pupils.created.onlyOnce':
    'Испечати ги картичките за најава сега: лозинките се прикажуваат само овој пат. Подоцна можеш да му дадеш нова лозинка на секого.',
  'pupils.created.print': 'Испечати ги картичките за најава',
  'pupils.created.done': 'Готово, сокриј ги лозинките',
  'pupils.created.caption': 'Нови сметки и нивните лозинки',

  'pupils.column.name': 'Име',
  'pupils.column.username': 'Корисничко име',
  'pupils.column.password': 'Лозинка',

  'pupils.list.heading': 'Твоите ученици',
  'pupils.list.count': '{count, plural, =0 {Уште нема ученици} one {# ученик} other {# ученици}}',
  'pupils.list.empty': 'Уште нема ученици. Додај го твоето одделение погоре: по едно име во секој ред.',

  'pupils.active.switch': '{name} може да се најави',
  'pupils.active.on': 'Може да се најави',
  'pupils.active.off': 'Исклучена',

  'pupils.reset.button': 'Нова лозинка',
  'pupils.reset.buttonFor': 'Нова лозинка за {name}',
  'pupils.reset.confirm': 'Нова лозинка за {name}? Старата веднаш престанува да работи и {name} се одјавува од сите уреди.',
  'pupils.reset.yes': 'Да, нова лозинка',
  'pupils.reset.cancel': 'Откажи',
  'pupils.reset.shown': 'Нова лозинка за {name}, се прикажува само сега:',
  'pupils.reset.printCard': 'Испечати картичка',
  'pupils.reset.hide': 'Сокриј',

  'pupils.cards.title': 'Картички за најава',
  'pupils.cards.back': 'Назад кон учениците',
  'pupils.cards.print': 'Печати',
  'pupils.cards.hint':
    '{count, plural, one {# картичка} other {# картички}}, по осум на секоја страница A4. Исечи ги по испрекинатите линии и на секој ученик дај му ја неговата картичка.',
  'pupils.cards.empty':
    'Нема нови лозинки за печатење. Лозинките се прикажуваат само еднаш: додај ученици или дај му нова лозинка на некој ученик, па печати од таму.',
  'pupils.cards.username': 'Корисничко име',
  'pupils.cards.password': 'Лозинка',
  'pupils.cards.scan': 'Скенирај за да се најавиш',
  'pupils.cards.address': 'Или отвори {address}',
  'pupils.cards.qr': 'QR-код: ја отвора страницата за најава за {username}',
  'pupils.cards.forget': 'Заборави ги овие лозинки',
};
