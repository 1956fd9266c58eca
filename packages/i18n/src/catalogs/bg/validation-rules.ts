import type { validationRules as english } from '../en/validation-rules.js';

/** What is wrong with something the server checked against the partnership after the form itself was fine (`ApiError.problem`). */
export const validationRules: Record<keyof typeof english, string> = {
  'validation.problem.not_in_partnership': 'Това не е (или вече не е) част от това партньорство. Презареди страницата и избери отново.',
  'validation.problem.ends_before_start': 'Крайната дата е преди началната. Избери крайна дата, която е в деня на началото или след него.',
  'validation.problem.outside_partnership_dates': 'Посещението трябва да е, докато тече партньорството. Избери дати между началото и края му.',
  'validation.problem.language_taken': 'Вече има версия на този език. Избери друг език или първо изтрий онази версия.',
  'validation.problem.same_as_original': 'Публикацията вече е написана на този език. Избери друг.',
  'validation.problem.picture_needs_description': 'Напиши с няколко думи какво показва снимката за хората, които не могат да я видят.',
  'validation.problem.needs_visit_first': 'Първо избери посещението, после кажи дали е преди, по време или след него.',
};
