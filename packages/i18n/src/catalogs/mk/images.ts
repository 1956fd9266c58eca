import type { images as english } from '../en/images.js';

/** Pictures in documents and posts: adding them, uploading, describing them. */
export const images: Record<keyof typeof english, string> = {
  'images.add': 'Add a picture',
  'images.takePhoto': 'Take a photo',
  'images.uploading': 'Adding {name}…',
  'images.uploadProgress': 'Upload of {name}',
  'images.picture': 'Picture: {description}',
  'images.pictureWithoutDescription': 'Picture without a description',
  'images.cannotShow': 'This picture cannot be shown.',
  'images.needsDescription': 'Needs a description',
  'images.descriptionLabel': 'Describe the picture for someone who cannot see it',
  'images.descriptionHint': 'Say what is in it, for example: “Our class in front of the castle in Riga”.',
  'images.done': 'Done',
  'images.remove': 'Remove picture',
  'images.dismiss': 'Close',
  'images.error.unsupported': '“{name}” is not a picture Kopa can use. Choose a JPG, PNG, WebP or GIF.',
  'images.error.svg': '“{name}” is an SVG drawing, and drawings cannot be added. Save it as a PNG and try again.',
  'images.error.tooBig':
    '“{name}” is too big: a picture can be up to {megabytes} MB. Choose a smaller one, or take the photo again in a lower quality.',
  'images.error.forbidden': 'You cannot add pictures here.',
  'images.error.other': '“{name}” could not be added. {reason}',
};
