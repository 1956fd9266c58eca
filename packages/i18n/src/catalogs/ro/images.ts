import type { images as english } from '../en/images.js';

/** Pictures in documents and posts: adding them, uploading, describing them. */
export const images: Record<keyof typeof english, string> = {
  'images.add': 'Adaugă o imagine',
  'images.takePhoto': 'Fă o poză',
  'images.uploading': 'Se adaugă {name}…',
  'images.uploadProgress': 'Încărcarea pentru {name}',
  'images.picture': 'Imagine: {description}',
  'images.pictureWithoutDescription': 'Imagine fără descriere',
  'images.cannotShow': 'Această imagine nu poate fi afișată.',
  'images.needsDescription': 'Are nevoie de o descriere',
  'images.descriptionLabel': 'Descrie imaginea pentru cineva care nu o poate vedea',
  'images.descriptionHint': 'Spune ce se vede în ea, de exemplu: „Clasa noastră în fața castelului din Riga”.',
  'images.done': 'Gata',
  'images.remove': 'Elimină imaginea',
  'images.dismiss': 'Închide',
  'images.error.unsupported': '„{name}” nu este o imagine pe care Kopa o poate folosi. Alege un fișier JPG, PNG, WebP sau GIF.',
  'images.error.svg': '„{name}” este un desen SVG, iar desenele nu pot fi adăugate. Salvează-l ca PNG și încearcă din nou.',
  'images.error.tooBig':
    '„{name}” este prea mare: o imagine poate avea cel mult {megabytes} MB. Alege una mai mică sau fă din nou poza la o calitate mai mică.',
  'images.error.forbidden': 'Aici nu poți adăuga imagini.',
  'images.error.other': 'Imaginea „{name}” nu a putut fi adăugată. {reason}',
};
