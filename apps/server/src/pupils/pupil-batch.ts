import { checkPupilNames, MAX_PUPILS_AT_ONCE, type PupilName, type ValidationProblem } from '@kopa/protocol';
import { HttpError } from '../http/http-error.js';

/** Lines named in an error before "and N more": enough to find them, short enough to read. */
const LINES_NAMED = 10;

/**
 * The pasted lines of `POST …/pupils` as names to create, or a 400 whose message
 * says what to fix (the web app checks the same way as the teacher types).
 */
export function parsePupilBatch(lines: readonly string[]): PupilName[] {
  const check = checkPupilNames(lines);
  if (check.ok) return check.names;
  switch (check.problem) {
    case 'none':
      throw invalid('Paste at least one first name, one per line.', { kind: 'required' });
    case 'too_many':
      throw invalid(`You pasted ${check.count} names; at most ${MAX_PUPILS_AT_ONCE} at a time.`, {
        kind: 'too_many',
        limit: MAX_PUPILS_AT_ONCE,
      });
    case 'not_names':
      throw invalid(
        `${describeLines(check.lines)} ${check.lines.length === 1 ? 'is not a first name' : 'are not first names'}: ` +
          'use letters only (no digits, emoji or symbols).',
        { kind: 'invalid_format' },
      );
  }
}

/** "Line 3", "Lines 3 and 7", "Lines 2, 5, 9 and 12 more". */
export function describeLines(lines: readonly number[]): string {
  if (lines.length === 1) return `Line ${lines[0]}`;
  const shown = lines.slice(0, LINES_NAMED);
  const rest = lines.length - shown.length;
  if (rest > 0) return `Lines ${shown.join(', ')} and ${rest} more`;
  return `Lines ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function invalid(message: string, problem: ValidationProblem): HttpError {
  return new HttpError(400, 'invalid_request', message, { field: 'names', problem });
}
