import type { validationRules as english } from '../en/validation-rules.js';

/** What is wrong with something the server checked against the partnership after the form itself was fine (`ApiError.problem`). */
export const validationRules: Record<keyof typeof english, string> = {
  'validation.problem.not_in_partnership': 'Tas nav (vai vairs nav) šīs partnerības daļa. Pārlādē lapu un izvēlies vēlreiz.',
  'validation.problem.ends_before_start': 'Beigu datums ir pirms sākuma datuma. Izvēlies beigu datumu, kas nav agrāks par sākumu.',
  'validation.problem.outside_partnership_dates': 'Vizītei jānotiek, kamēr partnerība darbojas. Izvēlies datumus starp tās sākumu un beigām.',
  'validation.problem.language_taken': 'Šajā valodā jau ir versija. Izvēlies citu valodu vai vispirms izdzēs to versiju.',
  'validation.problem.same_as_original': 'Ieraksts jau ir uzrakstīts šajā valodā. Izvēlies citu.',
  'validation.problem.picture_needs_description': 'Dažos vārdos pastāsti, kas redzams attēlā, tiem, kas to neredz.',
  'validation.problem.needs_visit_first': 'Vispirms izvēlies vizīti, tad norādi, vai tas ir pirms tās, tās laikā vai pēc tās.',
};
