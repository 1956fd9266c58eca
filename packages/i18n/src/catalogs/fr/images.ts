import type { images as english } from '../en/images.js';

/** Pictures in documents and posts: adding them, uploading, describing them. */
export const images: Record<keyof typeof english, string> = {
  'images.add': 'Ajouter une image',
  'images.takePhoto': 'Prendre une photo',
  'images.uploading': 'Ajout de {name}…',
  'images.uploadProgress': 'Envoi de {name}',
  'images.picture': 'Image : {description}',
  'images.pictureWithoutDescription': 'Image sans description',
  'images.cannotShow': 'Impossible d’afficher cette image.',
  'images.needsDescription': 'Description manquante',
  'images.descriptionLabel': 'Décris l’image pour quelqu’un qui ne peut pas la voir',
  'images.descriptionHint': 'Dis ce qu’on y voit, par exemple : « Notre classe devant le château de Riga ».',
  'images.done': 'Terminé',
  'images.remove': 'Supprimer l’image',
  'images.dismiss': 'Fermer',
  'images.error.unsupported': '« {name} » n’est pas une image que Kopa peut utiliser. Choisis un fichier JPG, PNG, WebP ou GIF.',
  'images.error.svg': '« {name} » est un dessin SVG, et on ne peut pas ajouter de dessins. Enregistre-le en PNG et réessaie.',
  'images.error.tooBig':
    '« {name} » est trop lourd : une image peut faire au maximum {megabytes} Mo. Choisis une image plus petite, ou reprends la photo en qualité plus basse.',
  'images.error.forbidden': 'Tu ne peux pas ajouter d’images ici.',
  'images.error.other': 'Impossible d’ajouter « {name} ». {reason}',
};
