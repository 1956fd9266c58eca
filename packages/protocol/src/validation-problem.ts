import type { z } from 'zod';
import { VALIDATION_PROBLEM_KINDS, type ValidationProblem, type ValidationProblemKind } from './api-types.js';

/**
 * The `params` of a schema's own rule (`refine`) that names its problem, so the refusal says more than
 * "not right": `.refine(datesInOrder, { message, path, params: problemParams('ends_before_start') })`.
 */
export const problemParams = (kind: ValidationProblemKind) => ({ problem: kind });

/**
 * A zod issue as a problem without words (`ApiError.problem`): the server's English message stays for
 * logs and API users, and the web app says this in the reader's language.
 */
export function validationProblemOf(issue: z.core.$ZodIssue, input?: unknown): ValidationProblem {
  switch (issue.code) {
    case 'invalid_type':
      // Missing altogether is "fill this in"; a value of the wrong kind is something else.
      return isMissing(issue, input) ? { kind: 'required' } : { kind: 'invalid' };
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_format':
      return { kind: 'invalid_format' };
    case 'invalid_value':
      return { kind: 'invalid_choice' };
    case 'invalid_union':
      // A discriminated union named its options ("school" or "guest"); a plain one only knows nothing fitted.
      if ('options' in issue && issue.options?.length) return { kind: 'invalid_choice' };
      return isMissing(issue, input) ? { kind: 'required' } : { kind: 'invalid' };
    case 'custom':
      return namedProblem(issue.params) ?? { kind: 'invalid' };
    default:
      return { kind: 'invalid' };
  }
}

function namedProblem(params: Record<string, unknown> | undefined): ValidationProblem | null {
  const kind = params?.problem;
  return VALIDATION_PROBLEM_KINDS.some((known) => known === kind) ? { kind: kind as ValidationProblemKind } : null;
}

type TooSmall = z.core.$ZodIssueTooSmall;
type TooBig = z.core.$ZodIssueTooBig;

const COUNTED = new Set(['array', 'set', 'map']);
const NUMBERS = new Set(['number', 'int', 'bigint']);

function tooSmall(issue: TooSmall): ValidationProblem {
  const bound = Number(issue.minimum);
  if (issue.origin === 'string') {
    // Lengths are whole numbers, so "more than 2" is "at least 3"; a trimmed empty text was simply not filled in.
    const least = issue.inclusive === false ? bound + 1 : bound;
    return least <= 1 ? { kind: 'required' } : { kind: 'too_short', limit: least };
  }
  if (COUNTED.has(issue.origin)) return { kind: 'too_few', limit: issue.inclusive === false ? bound + 1 : bound };
  // "More than 0.5" has no smallest number to name.
  if (NUMBERS.has(issue.origin)) return issue.inclusive === false ? { kind: 'too_few' } : { kind: 'too_few', limit: bound };
  return { kind: 'invalid' };
}

function tooBig(issue: TooBig): ValidationProblem {
  const bound = Number(issue.maximum);
  if (issue.origin === 'string') return { kind: 'too_long', limit: issue.inclusive === false ? bound - 1 : bound };
  if (COUNTED.has(issue.origin)) return { kind: 'too_many', limit: issue.inclusive === false ? bound - 1 : bound };
  if (NUMBERS.has(issue.origin)) return issue.inclusive === false ? { kind: 'too_many' } : { kind: 'too_many', limit: bound };
  return { kind: 'invalid' };
}

/**
 * Whether the value the issue is about was left out: zod keeps the value in an issue only when asked
 * (`reportInput`), so otherwise it is looked up in the parsed input along the issue's path. Without
 * either, nothing says it was missing.
 */
function isMissing(issue: z.core.$ZodIssue, input: unknown): boolean {
  if ('input' in issue) return issue.input === undefined;
  if (input === undefined) return false;
  let value: unknown = input;
  for (const key of issue.path) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
}
