import type { common as english } from '../en/common.js';

/** Words every page uses: the app, navigation, roles, errors, connection status. */
export const common: Record<keyof typeof english, string> = {
  'app.name': 'Kopa',
  'app.tagline': 'Пиши, рисувай и планирай заедно с партньорските училища.',
  'app.skipToContent': 'Към съдържанието',
  'app.loading': 'Зарежда се…',

  'language.label': 'Език',

  'error.invalid_credentials': 'Потребителското име и паролата не съвпадат. Провери ги и опитай пак.',
  'error.account_disabled': 'Профилът ти е изключен засега. Помоли учителя си да го включи отново.',
  'error.too_many_attempts':
    'Твърде много опити. Изчакай {minutes, plural, one {# минута} other {# минути}} и опитай пак.',
  'error.invalid_request': 'Нещо във формуляра не е наред. Провери попълненото и опитай отново.',
  'error.username_required': 'Въведи потребителското си име или имейл.',
  'error.password_required': 'Въведи паролата си.',
  'error.unauthenticated': 'Моля, влез отново.',
  'error.forbidden': 'Нямаш достъп до това.',
  'error.not_found': 'Не успяхме да го намерим. Може да е преместено или изтрито.',
  'error.network': 'Kopa не може да се свърже със сървъра. Провери интернет връзката си и опитай пак.',
  'error.offline_not_cached':
    'Това още не е отваряно на това устройство, затова не може да се отвори без интернет. Ще се отвори веднага щом връзката се върне.',
  'error.internal': 'Нещо се обърка при нас. Опитай пак след малко.',
  'error.retry': 'Опитай пак',

  'nav.main': 'Главно меню',
  'nav.home': 'Начало',
  'nav.logout': 'Изход',
  'nav.account': 'Профил: {name}',

  'role.coordinator': 'Координатор',
  'role.teacher': 'Учител',
  'role.pupil': 'Ученик',
  'role.guest': 'Гост',

};
