import type { validation as english } from '../en/validation.js';

/** Ce qui ne va pas dans ce que le serveur a refusé, sans l’anglais du serveur : un message par sorte. */
export const validation: Record<keyof typeof english, string> = {
  'validation.problem.required': 'Remplis ce champ.',
  'validation.problem.too_short': 'C’est trop court : utilise au moins {limit, plural, one {# caractère} other {# caractères}}.',
  'validation.problem.too_long': 'C’est trop long : utilise au maximum {limit, plural, one {# caractère} other {# caractères}}.',
  'validation.problem.too_few': 'C’est trop peu : il en faut au moins {limit}.',
  'validation.problem.too_many': 'C’est trop : il peut y en avoir {limit} au maximum.',
  'validation.problem.invalid_format': 'Ce n’est pas écrit comme il faut. Vérifie et réessaie.',
  'validation.problem.invalid_choice': 'Choisis une des options.',
  'validation.problem.invalid': 'Quelque chose ne va pas ici. Vérifie et réessaie.',
  'validation.inField': '{field} : {problem}',
  'validation.inLine': 'Ligne {line} : {problem}',
};
