import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  createGlossaryTermBodySchema,
  createInviteBodySchema,
  createItemBodySchema,
  createPartnershipBodySchema,
  createPupilsBodySchema,
  describeValidationError,
  loginBodySchema,
  mobilityBodySchema,
  updatePartnershipBodySchema,
  VALIDATION_PROBLEM_KINDS,
  type ValidationProblem,
} from '../src/index.js';

/** The problem a schema finds in an input, as the server would send it. */
function problemOf(schema: z.ZodType, input: unknown): { field: string | undefined; problem: ValidationProblem; message: string } {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return describeValidationError(result.error, input);
}

describe('a refused request body as a problem without words', () => {
  it('missing is "required", whatever the schema calls it; present but of the wrong kind is not', () => {
    expect(problemOf(loginBodySchema, { username: 'janis' })).toMatchObject({ field: 'password', problem: { kind: 'required' } });
    expect(problemOf(loginBodySchema, { username: 'janis', password: 42 })).toMatchObject({ field: 'password', problem: { kind: 'invalid' } });
    // A text of only spaces is trimmed to nothing: not filled in either.
    expect(problemOf(createItemBodySchema, { title: '   ' }).problem).toEqual({ kind: 'required' });
    // Deep inside a list, by its path.
    expect(problemOf(z.object({ rows: z.array(z.object({ name: z.string() })) }), { rows: [{ name: 'a' }, {}] })).toMatchObject({
      field: 'rows.1.name',
      problem: { kind: 'required' },
    });
  });

  it('zod’s own input, when it reports it, says "missing" without the input being passed', () => {
    const result = z.object({ a: z.string() }).safeParse({}, { reportInput: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeValidationError(result.error).problem).toEqual({ kind: 'required' });
    // Without either, nothing says it was missing: not right, rather than a guess.
    const bare = z.object({ a: z.string() }).safeParse({});
    if (!bare.success) expect(describeValidationError(bare.error).problem).toEqual({ kind: 'invalid' });
  });

  it('text too short or too long names its bound in characters', () => {
    expect(problemOf(updatePartnershipBodySchema, { title: 'ab' }).problem).toEqual({ kind: 'too_short', limit: 3 });
    expect(problemOf(createItemBodySchema, { title: 'x'.repeat(121) }).problem).toEqual({ kind: 'too_long', limit: 120 });
    expect(problemOf(z.object({ a: z.string().length(3) }), { a: 'abcd' }).problem).toEqual({ kind: 'too_long', limit: 3 });
  });

  it('a line of a pasted list that is too long names the line and its bound', () => {
    expect(problemOf(createPupilsBodySchema, { names: ['Anna', 'x'.repeat(201)] })).toEqual({
      field: 'names.1',
      message: 'names.1: a line is too long',
      problem: { kind: 'too_long', limit: 200 },
    });
  });

  it('lists with too few or too many entries, and numbers out of range, name their bound', () => {
    expect(problemOf(createPupilsBodySchema, { names: [] }).problem).toEqual({ kind: 'too_few', limit: 1 });
    expect(problemOf(createItemBodySchema, { title: 'Plan', type: 'board', columns: Array.from({ length: 9 }, () => 'c') }).problem).toEqual({
      kind: 'too_many',
      limit: 8,
    });
    expect(problemOf(createInviteBodySchema, { kind: 'guest', label: 'Parents', days: 0 }).problem).toEqual({ kind: 'too_few', limit: 1 });
    expect(problemOf(createInviteBodySchema, { kind: 'guest', label: 'Parents', days: 400 }).problem).toEqual({ kind: 'too_many', limit: 365 });
    // "More than 0.5" has no smallest number to name.
    expect(problemOf(z.number().gt(0.5), 0.2).problem).toEqual({ kind: 'too_few' });
    expect(problemOf(z.number().lt(2.5), 3).problem).toEqual({ kind: 'too_many' });
    expect(problemOf(z.set(z.string()).max(1), new Set(['a', 'b'])).problem).toEqual({ kind: 'too_many', limit: 1 });
  });

  it('a pattern, an e-mail or a date written wrongly is "invalid_format"', () => {
    expect(problemOf(createInviteBodySchema, { kind: 'school', school: { name: 'Liceo', city: 'Roma', country: 'ITA' } })).toMatchObject({
      field: 'school.country',
      problem: { kind: 'invalid_format' },
    });
    expect(problemOf(z.object({ email: z.email() }), { email: 'maria at scuola' }).problem).toEqual({ kind: 'invalid_format' });
    expect(problemOf(updatePartnershipBodySchema, { startDate: '9 March' }).problem).toEqual({ kind: 'invalid_format' });
  });

  it('a value that is not one of the choices is "invalid_choice": enums, literals and discriminated unions', () => {
    expect(problemOf(createItemBodySchema, { title: 'Notes', type: 'spreadsheet' })).toMatchObject({ field: 'type', problem: { kind: 'invalid_choice' } });
    expect(problemOf(z.literal('yes'), 'no').problem).toEqual({ kind: 'invalid_choice' });
    expect(problemOf(createInviteBodySchema, { kind: 'parent' })).toMatchObject({ field: 'kind', problem: { kind: 'invalid_choice' } });
  });

  it('a rule of the schema’s own says its problem when it names one: dates out of order, a picture without words', () => {
    const backwards = { startDate: '2027-01-02', endDate: '2027-01-01' };
    expect(problemOf(updatePartnershipBodySchema, backwards)).toMatchObject({ field: 'endDate', problem: { kind: 'ends_before_start' } });
    expect(problemOf(createPartnershipBodySchema, { title: 'Rivers', ...backwards }).problem).toEqual({ kind: 'ends_before_start' });
    const visit = { title: 'Visit', hostSchoolId: 'school-1', city: 'Riga', ...backwards };
    expect(problemOf(mobilityBodySchema, visit)).toMatchObject({ field: 'endDate', problem: { kind: 'ends_before_start' } });
    expect(problemOf(createGlossaryTermBodySchema, { translations: { en: 'tree' }, pictureUploadId: 'picture-1' })).toMatchObject({
      field: 'pictureAlt',
      problem: { kind: 'picture_needs_description' },
    });
    // A name that is no kind is not passed on.
    expect(problemOf(z.string().refine(() => false, { params: { problem: 'made_up' } }), 'a').problem).toEqual({ kind: 'invalid' });
  });

  it('anything else, a rule of the schema’s own that names no problem included, is "invalid"', () => {
    expect(problemOf(z.object({ a: z.string().refine((text) => text === 'yes') }), { a: 'no' })).toMatchObject({
      field: 'a',
      problem: { kind: 'invalid' },
    });
    expect(problemOf(z.strictObject({ a: z.string() }), { a: 'x', b: 1 }).problem).toEqual({ kind: 'invalid' });
    expect(problemOf(z.number().multipleOf(5), 7).problem).toEqual({ kind: 'invalid' });
    expect(problemOf(z.date().max(new Date(0)), new Date()).problem).toEqual({ kind: 'invalid' });
    expect(problemOf(z.object({ a: z.union([z.string(), z.number()]) }), { a: true }).problem).toEqual({ kind: 'invalid' });
    expect(problemOf(z.object({ a: z.union([z.string(), z.number()]) }), {}).problem).toEqual({ kind: 'required' });
  });

  it('keeps its English sentence for logs and API users', () => {
    expect(problemOf(createItemBodySchema, { title: '' }).message).toBe('title: Give it a title');
  });

  it('every kind it can give is one the web app has words for', () => {
    expect([...VALIDATION_PROBLEM_KINDS].sort()).toEqual(
      [
        'invalid',
        'invalid_choice',
        'invalid_format',
        'required',
        'too_few',
        'too_long',
        'too_many',
        'too_short',
        // Refusals the server makes after the schema, against the partnership (and a few schema rules of its own).
        'not_in_partnership',
        'ends_before_start',
        'outside_partnership_dates',
        'language_taken',
        'same_as_original',
        'picture_needs_description',
        'needs_visit_first',
      ].sort(),
    );
  });
});
