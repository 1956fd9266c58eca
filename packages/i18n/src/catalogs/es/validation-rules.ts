import type { validationRules as english } from '../en/validation-rules.js';

/** What is wrong with something the server checked against the partnership after the form itself was fine (`ApiError.problem`). */
export const validationRules: Record<keyof typeof english, string> = {
  'validation.problem.not_in_partnership': 'Eso no forma parte de esta asociación, o ya no. Recarga la página y vuelve a elegir.',
  'validation.problem.ends_before_start': 'La fecha de fin es anterior a la de inicio. Elige una fecha de fin igual o posterior al inicio.',
  'validation.problem.outside_partnership_dates': 'La visita tiene que ser mientras dura la asociación. Elige fechas entre su inicio y su fin.',
  'validation.problem.language_taken': 'Ya hay una versión en este idioma. Elige otro idioma o borra antes esa versión.',
  'validation.problem.same_as_original': 'La entrada ya está escrita en este idioma. Elige otro.',
  'validation.problem.picture_needs_description': 'Di en pocas palabras qué se ve en la imagen, para quien no puede verla.',
  'validation.problem.needs_visit_first': 'Primero elige la visita y luego di si es antes, durante o después.',
};
