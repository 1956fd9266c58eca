import type { errors as english } from '../en/errors.js';

/** What went wrong, for the error codes the server sends that no feature explains in its own words. */
export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Qualcuno l’ha cambiato nello stesso momento, oppure ora non si può fare. Ricarica la pagina e riprova.',
  'error.wrong_status': 'Questo non si può fare a questo punto. Ricarica la pagina per vedere com’è adesso.',
  'error.payload_too_large': 'È troppo grande da inviare. Rendilo più piccolo e riprova.',
  'error.unsupported_image': 'Kopa non può usare questo file. Scegli un’immagine JPG, PNG, WebP o GIF.',
  'error.invite_invalid': 'Questo link d’invito non funziona più. Chiedine uno nuovo all’insegnante.',
  'error.alt_text_missing': 'Alcune immagini non hanno ancora una descrizione. Descrivi ogni immagine per chi non può vederla, poi riprova.',
  'error.consent_missing': 'Un’immagine mostra un alunno o un’alunna senza il consenso a comparire in pubblico. Togli l’immagine o chiedi prima il consenso.',
};
