import type { validationRules as english } from '../en/validation-rules.js';

/** What is wrong with something the server checked against the partnership after the form itself was fine (`ApiError.problem`). */
export const validationRules: Record<keyof typeof english, string> = {
  'validation.problem.not_in_partnership': 'Das gehört nicht (mehr) zu dieser Partnerschaft. Lad die Seite neu und wähl noch einmal.',
  'validation.problem.ends_before_start': 'Das Enddatum liegt vor dem Startdatum. Wähl ein Enddatum am Starttag oder danach.',
  'validation.problem.outside_partnership_dates': 'Der Besuch muss stattfinden, während die Partnerschaft läuft. Wähl Tage zwischen ihrem Anfang und Ende.',
  'validation.problem.language_taken': 'In dieser Sprache gibt es schon eine Version. Wähl eine andere Sprache oder lösch zuerst diese Version.',
  'validation.problem.same_as_original': 'Der Beitrag ist schon in dieser Sprache geschrieben. Wähl eine andere.',
  'validation.problem.picture_needs_description': 'Schreib in ein paar Wörtern, was das Bild zeigt, für alle, die es nicht sehen können.',
  'validation.problem.needs_visit_first': 'Wähl zuerst den Besuch und sag dann, ob es vorher, währenddessen oder danach ist.',
};
