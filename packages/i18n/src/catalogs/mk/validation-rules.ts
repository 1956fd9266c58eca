import type { validationRules as english } from '../en/validation-rules.js';

/** What is wrong with something the server checked against the partnership after the form itself was fine (`ApiError.problem`). */
export const validationRules: Record<keyof typeof english, string> = {
  'validation.problem.not_in_partnership': 'Ова не е (или веќе не е) дел од ова партнерство. Освежи ја страницата и избери повторно.',
  'validation.problem.ends_before_start': 'Крајниот датум е пред почетниот. Избери краен датум на денот на почетокот или по него.',
  'validation.problem.outside_partnership_dates': 'Посетата треба да биде додека трае партнерството. Избери датуми меѓу неговиот почеток и крај.',
  'validation.problem.language_taken': 'Веќе има верзија на овој јазик. Избери друг јазик или прво избриши ја таа верзија.',
  'validation.problem.same_as_original': 'Објавата веќе е напишана на овој јазик. Избери друг.',
  'validation.problem.picture_needs_description': 'Напиши со неколку зборови што покажува сликата за оние што не можат да ја видат.',
  'validation.problem.needs_visit_first': 'Прво избери ја посетата, потоа кажи дали е пред, за време или по неа.',
};
