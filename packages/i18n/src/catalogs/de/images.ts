import type { images as english } from '../en/images.js';

/** Pictures in documents and posts: adding them, uploading, describing them. */
export const images: Record<keyof typeof english, string> = {
  'images.add': 'Bild hinzufügen',
  'images.takePhoto': 'Foto machen',
  'images.uploading': '{name} wird hinzugefügt…',
  'images.uploadProgress': 'Hochladen von {name}',
  'images.picture': 'Bild: {description}',
  'images.pictureWithoutDescription': 'Bild ohne Beschreibung',
  'images.cannotShow': 'Dieses Bild kann nicht angezeigt werden.',
  'images.needsDescription': 'Braucht eine Beschreibung',
  'images.descriptionLabel': 'Beschreib das Bild für jemanden, der es nicht sehen kann',
  'images.descriptionHint': 'Sag, was darauf zu sehen ist, zum Beispiel: „Unsere Klasse vor der Burg in Riga“.',
  'images.done': 'Fertig',
  'images.remove': 'Bild entfernen',
  'images.dismiss': 'Schließen',
  'images.error.unsupported': '„{name}“ ist kein Bild, das Kopa verwenden kann. Wähl ein JPG, PNG, WebP oder GIF.',
  'images.error.svg': '„{name}“ ist eine SVG-Zeichnung, und Zeichnungen kann man nicht hinzufügen. Speicher sie als PNG und versuch es noch einmal.',
  'images.error.tooBig':
    '„{name}“ ist zu groß: Ein Bild darf höchstens {megabytes} MB haben. Wähl ein kleineres oder mach das Foto noch einmal in geringerer Qualität.',
  'images.error.forbidden': 'Du kannst hier keine Bilder hinzufügen.',
  'images.error.other': '„{name}“ konnte nicht hinzugefügt werden. {reason}',
};
