import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/http/http-error.js';
import { describeLines, parsePupilBatch } from '../../src/pupils/pupil-batch.js';

function errorOf(lines: string[]): HttpError {
  try {
    parsePupilBatch(lines);
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected the batch to be refused');
}

describe('a pasted batch of pupils', () => {
  it('gives the names to create, first words only, empty lines skipped', () => {
    expect(parsePupilBatch(['Anna Bērziņa', '', ' Ben '])).toEqual([
      { line: 1, displayName: 'Anna', shortened: true },
      { line: 3, displayName: 'Ben', shortened: false },
    ]);
  });

  it('refuses an empty list with a 400 on the names field', () => {
    const error = errorOf(['', '  ']);
    expect(error.status).toBe(400);
    expect(error.details.field).toBe('names');
    expect(error.message).toBe('Paste at least one first name, one per line.');
  });

  it('says how many were pasted and how many fit', () => {
    expect(errorOf(Array.from({ length: 500 }, () => 'Anna')).message).toBe('You pasted 500 names; at most 200 at a time.');
  });

  it('names the lines that are not names', () => {
    expect(errorOf(['Anna', '42']).message).toBe('Line 2 is not a first name: use letters only (no digits, emoji or symbols).');
    expect(errorOf(['🙂', 'Anna', '#3']).message).toMatch(/^Lines 1 and 3 are not first names/);
  });

  it('lists at most ten lines', () => {
    expect(describeLines([4])).toBe('Line 4');
    expect(describeLines([2, 5, 9])).toBe('Lines 2, 5 and 9');
    expect(describeLines(Array.from({ length: 14 }, (_, index) => index + 1))).toBe('Lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 4 more');
  });
});
