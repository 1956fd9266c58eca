import type { errors as english } from '../en/errors.js';

/** What went wrong, for the error codes the server sends that no feature explains in its own words. */
export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Некој го промени во истиот момент или сега не може да се направи. Освежи ја страницата и обиди се повторно.',
  'error.wrong_status': 'Ова не може да се направи во овој чекор. Освежи ја страницата за да видиш каде е сега.',
  'error.payload_too_large': 'Ова е преголемо за да се испрати. Намали го и обиди се повторно.',
  'error.unsupported_image': 'Kopa не може да ја користи оваа датотека. Избери слика JPG, PNG, WebP или GIF.',
  'error.invite_invalid': 'Овој линк за покана веќе не работи. Побарај нов од наставникот.',
  'error.alt_text_missing': 'Некои слики уште немаат опис. Опиши ја секоја слика за некој што не може да ја види, па обиди се повторно.',
  'error.consent_missing': 'На една слика има ученик што не се согласил да биде прикажан јавно. Отстрани ја сликата или прво побарај согласност.',
};
