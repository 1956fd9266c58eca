import type { images as english } from '../en/images.js';

/** Pictures in documents and posts: adding them, uploading, describing them. */
export const images: Record<keyof typeof english, string> = {
  'images.add': 'Pievienot attēlu',
  'images.takePhoto': 'Uzņemt foto',
  'images.uploading': 'Pievieno {name}…',
  'images.uploadProgress': 'Augšupielāde: {name}',
  'images.picture': 'Attēls: {description}',
  'images.pictureWithoutDescription': 'Attēls bez apraksta',
  'images.cannotShow': 'Šo attēlu nevar parādīt.',
  'images.needsDescription': 'Vajag aprakstu',
  'images.descriptionLabel': 'Apraksti attēlu tam, kurš to nevar redzēt',
  'images.descriptionHint': 'Pastāsti, kas tajā redzams, piemēram: „Mūsu klase pie pils Rīgā”.',
  'images.done': 'Gatavs',
  'images.remove': 'Noņemt attēlu',
  'images.dismiss': 'Aizvērt',
  'images.error.unsupported': '„{name}” nav attēls, ko Kopa var izmantot. Izvēlies JPG, PNG, WebP vai GIF.',
  'images.error.svg': '„{name}” ir SVG zīmējums, un zīmējumus nevar pievienot. Saglabā to kā PNG un mēģini vēlreiz.',
  'images.error.tooBig':
    '„{name}” ir par lielu: attēls var būt līdz {megabytes} MB. Izvēlies mazāku vai uzņem foto vēlreiz zemākā kvalitātē.',
  'images.error.forbidden': 'Tu šeit nevari pievienot attēlus.',
  'images.error.other': '„{name}” nevarēja pievienot. {reason}',
};
