import type { validationRules as english } from '../en/validation-rules.js';

/** What is wrong with something the server checked against the partnership after the form itself was fine (`ApiError.problem`). */
export const validationRules: Record<keyof typeof english, string> = {
  'validation.problem.not_in_partnership': 'Questo non fa parte di questo partenariato, o non più. Ricarica la pagina e scegli di nuovo.',
  'validation.problem.ends_before_start': 'La data di fine viene prima di quella di inizio. Scegli una data di fine uguale o successiva all’inizio.',
  'validation.problem.outside_partnership_dates': 'La visita deve svolgersi mentre il partenariato è attivo. Scegli date tra il suo inizio e la sua fine.',
  'validation.problem.language_taken': 'C’è già una versione in questa lingua. Scegli un’altra lingua, oppure elimina prima quella versione.',
  'validation.problem.same_as_original': 'Il post è già scritto in questa lingua. Scegline un’altra.',
  'validation.problem.picture_needs_description': 'Scrivi in poche parole cosa mostra l’immagine, per chi non può vederla.',
  'validation.problem.needs_visit_first': 'Prima scegli la visita, poi indica se è prima, durante o dopo.',
};
