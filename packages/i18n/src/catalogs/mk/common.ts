import type { common as english } from '../en/common.js';

/** Words every page uses: the app, navigation, roles, errors, connection status. */
export const common: Record<keyof typeof english, string> = {
  'app.name': 'Kopa',
  'app.tagline': 'Пиши, цртај и планирај заедно со партнерските училишта.',
  'app.skipToContent': 'Прескокни до содржината',
  'app.loading': 'Се вчитува…',

  'language.label': 'Јазик',

  'error.invalid_credentials': 'Корисничкото име и лозинката не се совпаѓаат. Провери ги и обиди се повторно.',
  'error.account_disabled': 'Твојата сметка засега е исклучена. Замоли го наставникот повторно да ја вклучи.',
  'error.too_many_attempts':
    'Премногу обиди. Почекај {minutes, plural, one {# минута} other {# минути}} и обиди се повторно.',
  'error.invalid_request': 'Нешто во формуларот не е во ред. Провери што пополни и обиди се повторно.',
  'error.username_required': 'Внеси го корисничкото име или е-поштата.',
  'error.password_required': 'Внеси ја лозинката.',
  'error.unauthenticated': 'Те молиме, најави се повторно.',
  'error.forbidden': 'Немаш пристап до ова.',
  'error.not_found': 'Не можевме да го најдеме ова. Можеби е преместено или избришано.',
  'error.network': 'Kopa не може да се поврзе со серверот. Провери ја интернет-врската и обиди се повторно.',
  'error.offline_not_cached':
    'Ова уште не е отворено на овој уред, па не може да се отвори без интернет. Ќе се отвори штом повторно имаш интернет.',
  'error.internal': 'Нешто тргна наопаку кај нас. Обиди се повторно за малку.',
  'error.retry': 'Обиди се повторно',

  'nav.main': 'Главно мени',
  'nav.home': 'Почетна',
  'nav.logout': 'Одјави се',
  'nav.account': 'Сметка: {name}',

  'role.coordinator': 'Координатор',
  'role.teacher': 'Наставник',
  'role.pupil': 'Ученик',
  'role.guest': 'Гостин',

};
