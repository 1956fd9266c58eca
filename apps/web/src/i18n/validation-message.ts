import type { MessageId, MessageValues } from '@kopa/i18n';
import type { ValidationProblem, ValidationProblemKind } from '@kopa/protocol';
import type { ApiRequestError } from '../api/api-client';

type Translate = (id: MessageId, values?: MessageValues) => string;

/**
 * A form's field names as the reader sees them, keyed by the field the server names (`title`, `school`):
 * `school.city` finds `school.city` first, then `school`.
 */
export type FieldLabels = Readonly<Record<string, string>>;

/** Kinds whose words name a bound: without one, the words for "not right" say enough. */
const BOUNDED: ReadonlySet<ValidationProblemKind> = new Set(['too_short', 'too_long', 'too_few', 'too_many']);

/** What is wrong with a refused field and what to do, in the reader's language (next to the field: no field name). */
export function problemMessage(problem: ValidationProblem | undefined, t: Translate): string {
  if (!problem) return t('validation.problem.invalid');
  if (BOUNDED.has(problem.kind)) {
    return problem.limit === undefined ? t('validation.problem.invalid') : t(`validation.problem.${problem.kind}`, { limit: problem.limit });
  }
  return t(`validation.problem.${problem.kind}`);
}

/**
 * A refused request (`invalid_request`), said from the server's `problem` and `field`, never from its English
 * `message`: the field's name first when the caller knows it (the message is shown away from the field).
 */
export function invalidRequestMessage(error: ApiRequestError, t: Translate, fields?: FieldLabels): string {
  const label = labelOf(error.field, fields);
  // Nothing to say what or where (a refusal the server made by hand, about the whole request).
  if (!error.problem && !label) return t('error.invalid_request');
  const problem = problemMessage(error.problem, t);
  return label ? t('validation.inField', { field: label, problem }) : problem;
}

function labelOf(field: string | undefined, fields: FieldLabels | undefined): string | undefined {
  if (!field || !fields) return undefined;
  return fields[field] ?? fields[field.split('.')[0]!];
}
