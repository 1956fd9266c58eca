import type { images as english } from '../en/images.js';

/** Pictures in documents and posts: adding them, uploading, describing them. */
export const images: Record<keyof typeof english, string> = {
  'images.add': 'Додај слика',
  'images.takePhoto': 'Фотографирај',
  'images.uploading': 'Се додава {name}…',
  'images.uploadProgress': 'Прикачување на {name}',
  'images.picture': 'Слика: {description}',
  'images.pictureWithoutDescription': 'Слика без опис',
  'images.cannotShow': 'Оваа слика не може да се прикаже.',
  'images.needsDescription': 'Треба опис',
  'images.descriptionLabel': 'Опиши ја сликата за некој што не може да ја види',
  'images.descriptionHint': 'Кажи што има на неа, на пример: „Нашиот клас пред замокот во Рига“.',
  'images.done': 'Готово',
  'images.remove': 'Отстрани ја сликата',
  'images.dismiss': 'Затвори',
  'images.error.unsupported': '„{name}“ не е слика што Kopa може да ја користи. Избери JPG, PNG, WebP или GIF.',
  'images.error.svg': '„{name}“ е SVG-цртеж, а цртежи не може да се додаваат. Зачувај го како PNG и обиди се повторно.',
  'images.error.tooBig':
    '„{name}“ е преголема: сликата може да биде најмногу {megabytes} MB. Избери помала или фотографирај повторно со послаб квалитет.',
  'images.error.forbidden': 'Овде не можеш да додаваш слики.',
  'images.error.other': '„{name}“ не можеше да се додаде. {reason}',
};
