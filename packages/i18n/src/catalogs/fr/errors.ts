import type { errors as english } from '../en/errors.js';

/** What went wrong, for the error codes the server sends that no feature explains in its own words. */
export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Quelqu’un l’a modifié au même moment, ou ce n’est pas possible pour l’instant. Recharge la page et réessaie.',
  'error.wrong_status': 'Ce n’est pas possible à cette étape. Recharge la page pour voir où on en est.',
  'error.payload_too_large': 'C’est trop gros pour être envoyé. Rends-le plus petit et réessaie.',
  'error.unsupported_image': 'Kopa ne peut pas utiliser ce fichier. Choisis une image JPG, PNG, WebP ou GIF.',
  'error.invite_invalid': 'Ce lien d’invitation ne marche plus. Demande un nouveau lien à ton professeur.',
  'error.alt_text_missing': 'Certaines images n’ont pas encore de description. Décris chaque image pour quelqu’un qui ne peut pas la voir, puis réessaie.',
  'error.consent_missing': 'Une image montre un élève qui n’a pas donné son autorisation pour apparaître en public. Retire l’image ou demande d’abord l’autorisation.',
};
