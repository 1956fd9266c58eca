import type { images as english } from '../en/images.js';

/** Pictures in documents and posts: adding them, uploading, describing them. */
export const images: Record<keyof typeof english, string> = {
  'images.add': 'Añadir una imagen',
  'images.takePhoto': 'Hacer una foto',
  'images.uploading': 'Añadiendo {name}…',
  'images.uploadProgress': 'Subida de {name}',
  'images.picture': 'Imagen: {description}',
  'images.pictureWithoutDescription': 'Imagen sin descripción',
  'images.cannotShow': 'Esta imagen no se puede mostrar.',
  'images.needsDescription': 'Falta la descripción',
  'images.descriptionLabel': 'Describe la imagen para alguien que no puede verla',
  'images.descriptionHint': 'Di qué se ve en ella, por ejemplo: «Nuestra clase delante del castillo de Riga».',
  'images.done': 'Hecho',
  'images.remove': 'Quitar imagen',
  'images.dismiss': 'Cerrar',
  'images.error.unsupported': '«{name}» no es una imagen que Kopa pueda usar. Elige un JPG, PNG, WebP o GIF.',
  'images.error.svg': '«{name}» es un dibujo SVG, y los dibujos no se pueden añadir. Guárdalo como PNG y vuelve a intentarlo.',
  'images.error.tooBig':
    '«{name}» es demasiado grande: una imagen puede tener como máximo {megabytes} MB. Elige una más pequeña o vuelve a hacer la foto con menos calidad.',
  'images.error.forbidden': 'Aquí no puedes añadir imágenes.',
  'images.error.other': 'No se ha podido añadir «{name}». {reason}',
};
