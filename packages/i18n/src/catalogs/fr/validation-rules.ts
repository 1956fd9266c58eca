import type { validationRules as english } from '../en/validation-rules.js';

/** What is wrong with something the server checked against the partnership after the form itself was fine (`ApiError.problem`). */
export const validationRules: Record<keyof typeof english, string> = {
  'validation.problem.not_in_partnership': 'Ça ne fait pas (ou plus) partie de ce partenariat. Recharge la page et choisis à nouveau.',
  'validation.problem.ends_before_start': 'La date de fin est avant la date de début. Choisis une date de fin le jour du début ou après.',
  'validation.problem.outside_partnership_dates': 'La visite doit avoir lieu pendant le partenariat. Choisis des dates entre son début et sa fin.',
  'validation.problem.language_taken': 'Il y a déjà une version dans cette langue. Choisis une autre langue, ou supprime d’abord cette version.',
  'validation.problem.same_as_original': 'L’article est déjà écrit dans cette langue. Choisis-en une autre.',
  'validation.problem.picture_needs_description': 'Dis en quelques mots ce que montre l’image, pour les personnes qui ne peuvent pas la voir.',
  'validation.problem.needs_visit_first': 'Choisis d’abord la visite, puis dis si c’est avant, pendant ou après.',
};
