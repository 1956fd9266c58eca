import { z } from 'zod';
import { PRACTICE_LIMITS as L } from './practice-types.js';

/**
 * zod schemas for the inventory of good practices: the bodies of creating and changing a practice, and
 * the search's query. What depends on the partnership (its themes, its schools' countries, its working
 * languages, its items) is checked by the server against it.
 */

const id = z.string().min(1).max(64);
const prose = (max: number) => z.string({ error: 'must be text' }).trim().max(max, `must be at most ${max} characters`);
const unique = <T>(list: T[]) => new Set(list).size === list.length;

/** http:// or https://, a host, no spaces: the only links a practice may carry (never javascript: or data:). */
export const PRACTICE_URL = /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;

const title = z
  .string({ error: (issue) => (issue.input === undefined ? 'Give the practice a title' : 'must be text') })
  .trim()
  .min(1, 'Give the practice a title')
  .max(L.titleMaxLength, `must be at most ${L.titleMaxLength} characters`);

const themes = z
  .array(z.string().trim().min(1, 'a theme is empty').max(L.themeMaxLength), { error: 'must be a list of themes' })
  .max(L.themesMax, `at most ${L.themesMax} themes`)
  .refine(unique, 'lists a theme twice');

const countries = z
  .array(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'must be two-letter country codes like LV'),
    { error: 'must be a list of country codes' },
  )
  .max(L.countriesMax, `at most ${L.countriesMax} countries`)
  .refine(unique, 'lists a country twice');

const languages = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2,3}$/, 'must be language codes like lv'),
    { error: 'must be a list of language codes' },
  )
  .max(L.languagesMax, `at most ${L.languagesMax} languages`)
  .refine(unique, 'lists a language twice');

export const practiceLinkSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('item'), itemId: id }),
    z.object({
      kind: z.literal('url'),
      url: z
        .string({ error: 'must be a web address' })
        .trim()
        .max(L.urlMaxLength, `must be at most ${L.urlMaxLength} characters`)
        .regex(PRACTICE_URL, 'must be a web address starting with http:// or https://'),
      label: prose(L.linkLabelMaxLength).default(''),
    }),
  ],
  { error: 'must be a link to an item or to a web address' },
);

const links = z.array(practiceLinkSchema, { error: 'must be a list of links' }).max(L.linksMax, `at most ${L.linksMax} links`);

export const createPracticeBodySchema = z.object({
  title,
  summary: prose(L.summaryMaxLength).default(''),
  targetGroup: prose(L.targetGroupMaxLength).default(''),
  outcomes: prose(L.outcomesMaxLength).default(''),
  themes: themes.default([]),
  countries: countries.default([]),
  languages: languages.default([]),
  links: links.default([]),
  public: z.boolean({ error: 'must be true or false' }).default(false),
});
export type CreatePracticeBody = z.infer<typeof createPracticeBodySchema>;

// Spelled out rather than .partial(): defaults would survive it and a change of one field would empty the others.
export const updatePracticeBodySchema = z
  .object({
    title: title.optional(),
    summary: prose(L.summaryMaxLength).optional(),
    targetGroup: prose(L.targetGroupMaxLength).optional(),
    outcomes: prose(L.outcomesMaxLength).optional(),
    themes: themes.optional(),
    countries: countries.optional(),
    languages: languages.optional(),
    links: links.optional(),
    public: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Say what to change');
export type UpdatePracticeBody = z.infer<typeof updatePracticeBodySchema>;

/** One value or the same parameter repeated (`?theme=a&theme=b`): always a list. */
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(20, 'too many values'));

const count = (fallback: number, min: number, max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === '' ? undefined : Number(value)),
    z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .default(fallback),
  );

/** `GET /api/practices`: words, filters (several values of one filter: any of them), one partnership, a page. */
export const practiceQuerySchema = z.object({
  q: z.string().trim().max(L.queryMaxLength, `must be at most ${L.queryMaxLength} characters`).optional(),
  theme: many(z.string().trim().min(1).max(L.themeMaxLength)),
  country: many(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'must be a two-letter country code like LV')),
  language: many(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, 'must be a language code like lv')),
  partnershipId: id.optional(),
  offset: count(0, 0, 100_000),
  limit: count(L.pageDefault, 1, L.pageMax),
});
export type PracticeQuery = z.infer<typeof practiceQuerySchema>;
/** The query as a client sends it (every part optional). */
export type PracticeQueryInput = z.input<typeof practiceQuerySchema>;
