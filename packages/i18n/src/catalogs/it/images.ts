import type { images as english } from '../en/images.js';

/** Pictures in documents and posts: adding them, uploading, describing them. */
export const images: Record<keyof typeof english, string> = {
  'images.add': 'Aggiungi un’immagine',
  'images.takePhoto': 'Scatta una foto',
  'images.uploading': 'Aggiungo {name}…',
  'images.uploadProgress': 'Caricamento di {name}',
  'images.picture': 'Immagine: {description}',
  'images.pictureWithoutDescription': 'Immagine senza descrizione',
  'images.cannotShow': 'Non si può mostrare questa immagine.',
  'images.needsDescription': 'Serve una descrizione',
  'images.descriptionLabel': 'Descrivi l’immagine per chi non può vederla',
  'images.descriptionHint': 'Di’ cosa c’è, per esempio: «La nostra classe davanti al castello di Riga».',
  'images.done': 'Fatto',
  'images.remove': 'Rimuovi immagine',
  'images.dismiss': 'Chiudi',
  'images.error.unsupported': '«{name}» non è un’immagine che Kopa può usare. Scegli un file JPG, PNG, WebP o GIF.',
  'images.error.svg': '«{name}» è un disegno SVG e i disegni non si possono aggiungere. Salvalo come PNG e riprova.',
  'images.error.tooBig':
    '«{name}» è troppo grande: un’immagine può essere al massimo di {megabytes} MB. Scegline una più piccola o rifai la foto con una qualità più bassa.',
  'images.error.forbidden': 'Qui non puoi aggiungere immagini.',
  'images.error.other': 'Non è stato possibile aggiungere «{name}». {reason}',
};
