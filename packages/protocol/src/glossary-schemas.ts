import { z } from 'zod';
import { LIMITS } from './limits.js';
import { GLOSSARY_LIMITS as L } from './glossary-types.js';
import { problemParams } from './validation-problem.js';

/**
 * zod schemas for the glossary's bodies. Whether each language is one of the partnership's working
 * languages, and whether the picture is the partnership's, is checked by the server against it.
 */

/** A BCP 47 language tag as Kopa writes them: `lv`, `es`, `pt-BR`, `sr-Latn` (the language part lower case). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const languageTag = z
  .string({ error: 'must be a language code' })
  .trim()
  .regex(LANGUAGE_TAG, 'must be a language code like lv or pt-BR');

/** Runs of spaces inside a term are one space: "good  morning" is "good morning". */
const termText = z
  .string({ error: 'must be text' })
  .transform((text) => text.replace(/\s+/gu, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'Write the word, or leave this language out')
      .max(L.textMaxLength, `must be at most ${L.textMaxLength} characters`),
  );

const translations = z
  .record(languageTag, termText, { error: 'must map language codes to words' })
  .refine((words) => Object.keys(words).length > 0, 'Write the word in at least one language');

const pictureAlt = z
  .string({ error: 'must be text' })
  .trim()
  .max(Math.min(L.pictureAltMaxLength, LIMITS.altTextMaxLength), `must be at most ${L.pictureAltMaxLength} characters`);

const pictureUploadId = z.string({ error: 'must be a picture id' }).min(1).max(64).nullable();

/** A picture needs words for those who cannot see it. */
const describesPicture = (body: { pictureUploadId?: string | null; pictureAlt?: string }) =>
  !body.pictureUploadId || (body.pictureAlt ?? '').length > 0;
const PICTURE_ALT_MISSING = {
  message: 'Describe the picture for those who cannot see it',
  path: ['pictureAlt'],
  params: problemParams('picture_needs_description'),
};

/** `POST /api/partnerships/:pid/glossary`: a new term, proposed (or approved at once when a teacher adds it and says so). */
export const createGlossaryTermBodySchema = z
  .object({
    translations,
    pictureUploadId: pictureUploadId.default(null),
    pictureAlt: pictureAlt.default(''),
    /** A teacher adding a term may approve it in the same step; anyone else proposes. */
    approve: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .refine(describesPicture, PICTURE_ALT_MISSING);
export type CreateGlossaryTermBody = z.infer<typeof createGlossaryTermBodySchema>;
export type CreateGlossaryTermInput = z.input<typeof createGlossaryTermBodySchema>;

/** `PATCH /api/glossary/:termId`: `translations` replaces them all; a null picture takes it away. */
export const updateGlossaryTermBodySchema = z
  .object({
    translations: translations.optional(),
    pictureUploadId: pictureUploadId.optional(),
    pictureAlt: pictureAlt.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Say what to change');
export type UpdateGlossaryTermBody = z.infer<typeof updateGlossaryTermBodySchema>;
