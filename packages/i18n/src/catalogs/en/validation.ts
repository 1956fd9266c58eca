/** What is wrong with something the server refused (`ApiError.problem`), said without the server's English: one message per kind. */
export const validation = {
  'validation.problem.required': 'Fill this in.',
  'validation.problem.too_short': 'This is too short: use at least {limit, plural, one {# character} other {# characters}}.',
  'validation.problem.too_long': 'This is too long: use at most {limit, plural, one {# character} other {# characters}}.',
  'validation.problem.too_few': 'That is too few: it needs at least {limit}.',
  'validation.problem.too_many': 'That is too many: it can be at most {limit}.',
  'validation.problem.invalid_format': 'This is not written the right way. Check it and try again.',
  'validation.problem.invalid_choice': 'Choose one of the options.',
  'validation.problem.invalid': 'Something here is not right. Check it and try again.',
  'validation.inField': '{field}: {problem}',
  'validation.inLine': 'Line {line}: {problem}',
} as const;
