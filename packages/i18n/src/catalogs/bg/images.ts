import type { images as english } from '../en/images.js';

/** Pictures in documents and posts: adding them, uploading, describing them. */
export const images: Record<keyof typeof english, string> = {
  'images.add': 'Добави снимка',
  'images.takePhoto': 'Снимай',
  'images.uploading': 'Добавяне на {name}…',
  'images.uploadProgress': 'Качване на {name}',
  'images.picture': 'Снимка: {description}',
  'images.pictureWithoutDescription': 'Снимка без описание',
  'images.cannotShow': 'Тази снимка не може да се покаже.',
  'images.needsDescription': 'Липсва описание',
  'images.descriptionLabel': 'Опиши снимката за човек, който не може да я види',
  'images.descriptionHint': 'Кажи какво има на нея, например: „Нашият клас пред замъка в Рига“.',
  'images.done': 'Готово',
  'images.remove': 'Премахни снимката',
  'images.dismiss': 'Затвори',
  'images.error.unsupported': '„{name}“ не е снимка, която Kopa може да използва. Избери JPG, PNG, WebP или GIF.',
  'images.error.svg': '„{name}“ е SVG рисунка, а рисунки не могат да се добавят. Запази я като PNG и опитай пак.',
  'images.error.tooBig':
    '„{name}“ е твърде голяма: снимката може да е до {megabytes} MB. Избери по-малка или снимай отново с по-ниско качество.',
  'images.error.forbidden': 'Тук не можеш да добавяш снимки.',
  'images.error.other': '„{name}“ не можа да се добави. {reason}',
};
