import type { validationRules as english } from '../en/validation-rules.js';

/** What is wrong with something the server checked against the partnership after the form itself was fine (`ApiError.problem`). */
export const validationRules: Record<keyof typeof english, string> = {
  'validation.problem.not_in_partnership': 'Asta nu face parte din acest parteneriat sau nu mai face. Reîncarcă pagina și alege din nou.',
  'validation.problem.ends_before_start': 'Data de sfârșit este înaintea datei de început. Alege o dată de sfârșit la sau după început.',
  'validation.problem.outside_partnership_dates': 'Vizita trebuie să aibă loc cât timp durează parteneriatul. Alege date între începutul și sfârșitul lui.',
  'validation.problem.language_taken': 'Există deja o versiune în această limbă. Alege altă limbă sau șterge mai întâi versiunea aceea.',
  'validation.problem.same_as_original': 'Postarea este deja scrisă în această limbă. Alege alta.',
  'validation.problem.picture_needs_description': 'Spune în câteva cuvinte ce arată imaginea, pentru cei care nu o pot vedea.',
  'validation.problem.needs_visit_first': 'Alege mai întâi vizita, apoi spune dacă e înainte, în timpul sau după ea.',
};
