import { createTranslator, LOCALES } from '@kopa/i18n';
import { VALIDATION_PROBLEM_KINDS, type ValidationProblem } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from './error-message';
import { problemMessage } from './validation-message';

/** What the server says in English next to each problem: none of it may reach the reader. */
const SERVER_ENGLISH = 'title: Give it a title (must be at most 120 characters)';
const ENGLISH_WORDS = /\b(title|give|must|characters?|request|invalid|required|too|short|least|most|field|this|fill)\b/i;

const refused = (problem: ValidationProblem | undefined, field?: string) =>
  new ApiRequestError(400, 'invalid_request', SERVER_ENGLISH, field, undefined, problem);

/** Each kind with a bound where its words need one. */
const PROBLEMS: ValidationProblem[] = VALIDATION_PROBLEM_KINDS.map((kind) =>
  ['too_short', 'too_long', 'too_few', 'too_many'].includes(kind) ? { kind, limit: 120 } : { kind },
);

describe('a refused request, in the reader’s language', () => {
  const { t: en } = createTranslator('en');

  for (const locale of LOCALES) {
    it(`${locale}: every problem kind has its own words, with its bound, and none of the server’s English`, () => {
      const { t } = createTranslator(locale);
      const said = PROBLEMS.map((problem) => errorMessage(refused(problem, 'title'), t));
      for (const [index, text] of said.entries()) {
        const problem = PROBLEMS[index]!;
        expect(text, problem.kind).not.toMatch(/validation\.|error\.|[{}]/);
        expect(text, problem.kind).not.toContain(SERVER_ENGLISH);
        if (problem.limit !== undefined) expect(text, problem.kind).toContain('120');
        if (locale !== 'en') {
          expect(text, problem.kind).not.toBe(errorMessage(refused(problem, 'title'), en));
          expect(text, problem.kind).not.toMatch(ENGLISH_WORDS);
        }
      }
      // Each kind says something of its own.
      expect(new Set(said).size).toBe(PROBLEMS.length);
      // Without a problem or a field: the form as a whole, still without the server's sentence.
      const whole = errorMessage(refused(undefined), t);
      expect(whole).toBe(t('error.invalid_request'));
      expect(whole).not.toContain(SERVER_ENGLISH);
      if (locale !== 'en') expect(whole).not.toMatch(ENGLISH_WORDS);
    });
  }

  it('says what is wrong and what to do, in plural forms that fit the number', () => {
    expect(errorMessage(refused({ kind: 'too_long', limit: 120 }, 'title'), en)).toBe('This is too long: use at most 120 characters.');
    expect(errorMessage(refused({ kind: 'too_short', limit: 1 }, 'title'), en)).toBe('This is too short: use at least 1 character.');
    expect(errorMessage(refused({ kind: 'required' }, 'title'), en)).toBe('Fill this in.');
    expect(errorMessage(refused({ kind: 'invalid_choice' }, 'type'), en)).toBe('Choose one of the options.');
    const { t: lv } = createTranslator('lv');
    expect(errorMessage(refused({ kind: 'too_long', limit: 200 }, 'names.0'), lv)).toBe('Tas ir par garu: saīsini līdz 200 rakstzīmēm.');
    expect(errorMessage(refused({ kind: 'too_long', limit: 21 }, 'names.0'), lv)).toBe('Tas ir par garu: saīsini līdz 21 rakstzīmei.');
  });

  it('names the field when the caller knows its label, the whole path first, then its head', () => {
    const { t: lv } = createTranslator('lv');
    const labels = { title: 'Nosaukums', school: 'Skola', 'school.city': 'Pilsēta' };
    expect(errorMessage(refused({ kind: 'required' }, 'title'), lv, labels)).toBe('Nosaukums: Aizpildi šo lauku.');
    expect(errorMessage(refused({ kind: 'required' }, 'school.city'), lv, labels)).toBe('Pilsēta: Aizpildi šo lauku.');
    expect(errorMessage(refused({ kind: 'invalid_format' }, 'school.country'), lv, labels)).toMatch(/^Skola: /);
    // A field the form does not show: the problem alone.
    expect(errorMessage(refused({ kind: 'required' }, 'hostSchoolId'), lv, labels)).toBe('Aizpildi šo lauku.');
    // A refusal the server made by hand, naming a field but no problem: "not right", with the field's name.
    expect(errorMessage(refused(undefined, 'title'), lv, labels)).toBe(`Nosaukums: ${lv('validation.problem.invalid')}`);
  });

  it('says a refusal the server made against the partnership in the reader’s language, not as "not right"', () => {
    const { t: lv } = createTranslator('lv');
    const labels = { endDate: 'Beigu datums', phase: 'Kad' };
    expect(errorMessage(refused({ kind: 'ends_before_start' }, 'endDate'), lv, labels)).toBe(
      'Beigu datums: Beigu datums ir pirms sākuma datuma. Izvēlies beigu datumu, kas nav agrāks par sākumu.',
    );
    expect(errorMessage(refused({ kind: 'needs_visit_first' }, 'phase'), lv)).toBe(
      'Vispirms izvēlies vizīti, tad norādi, vai tas ir pirms tās, tās laikā vai pēc tās.',
    );
    expect(problemMessage({ kind: 'not_in_partnership' }, lv)).toBe(
      'Tas nav (vai vairs nav) šīs partnerības daļa. Pārlādē lapu un izvēlies vēlreiz.',
    );
    expect(problemMessage({ kind: 'language_taken' }, lv)).not.toBe(lv('validation.problem.invalid'));
  });

  it('a bound that is missing falls back to "not right" rather than a broken sentence', () => {
    expect(problemMessage({ kind: 'too_many' }, en)).toBe(en('validation.problem.invalid'));
    expect(problemMessage(undefined, en)).toBe(en('validation.problem.invalid'));
  });

  it('a body too big to read is about size, not a field', () => {
    expect(errorMessage(new ApiRequestError(413, 'invalid_request', 'The request body is too large.'), en)).toBe(en('error.payload_too_large'));
  });
});
