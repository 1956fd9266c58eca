/**
 * What is wrong with something the server checked against the partnership after the form itself was fine
 * (`ApiError.problem`, the kinds after `invalid`): one message per kind, said next to the field.
 */
export const validationRules = {
  'validation.problem.not_in_partnership': 'That isn’t part of this partnership, or not any more. Reload the page and choose again.',
  'validation.problem.ends_before_start': 'The end date is before the start date. Choose an end date on or after the start.',
  'validation.problem.outside_partnership_dates': 'The visit has to happen while the partnership runs. Choose dates between its start and its end.',
  'validation.problem.language_taken': 'There is already a version in this language. Choose another language, or delete that version first.',
  'validation.problem.same_as_original': 'The post is already written in this language. Choose another one.',
  'validation.problem.picture_needs_description': 'Say in a few words what the picture shows, for people who can’t see it.',
  'validation.problem.needs_visit_first': 'Choose the visit first, then say if it’s before, during or after it.',
} as const;
