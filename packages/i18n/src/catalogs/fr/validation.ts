import type { validation as english } from '../en/validation.js';

/** What is wrong with something the server refused (`ApiError.problem`), said without the server's English: one message per kind. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Remplis ce champ.',
  'validation.problem.too_short': 'C’est trop court : au moins {limit, plural, one {# caractère} other {# caractères}}.',
  'validation.problem.too_long': 'C’est trop long : {limit, plural, one {# caractère} other {# caractères}} au maximum.',
  'validation.problem.too_few': 'Il n’y en a pas assez : il en faut au moins {limit}.',
  'validation.problem.too_many': 'Il y en a trop : {limit} au maximum.',
  'validation.problem.invalid_format': 'Ce n’est pas écrit comme il faut. Vérifie et réessaie.',
  'validation.problem.invalid_choice': 'Choisis une des options.',
  'validation.problem.invalid': 'Quelque chose ne va pas ici. Vérifie et réessaie.',
  'validation.inField': '{field} : {problem}',
  'validation.inLine': 'Ligne {line} : {problem}',
};
