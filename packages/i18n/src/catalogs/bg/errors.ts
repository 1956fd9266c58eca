import type { errors as english } from '../en/errors.js';

/** What went wrong, for the error codes the server sends that no feature explains in its own words. */
export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Някой го промени в същия момент или сега не може да се направи. Презареди страницата и опитай пак.',
  'error.wrong_status': 'Това не може да се направи на тази стъпка. Презареди страницата, за да видиш докъде е стигнало.',
  'error.payload_too_large': 'Това е твърде голямо, за да се изпрати. Намали го и опитай пак.',
  'error.unsupported_image': 'Kopa не може да използва този файл. Избери снимка JPG, PNG, WebP или GIF.',
  'error.invite_invalid': 'Тази връзка за покана вече не работи. Помоли учителя си за нова.',
  'error.alt_text_missing': 'Някои снимки още нямат описание. Опиши всяка снимка за човек, който не може да я види, и опитай пак.',
  'error.consent_missing': 'На една снимка има ученик, който няма съгласие да бъде показван публично. Премахни снимката или първо поискай съгласие.',
};
