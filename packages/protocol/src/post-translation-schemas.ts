import { z } from 'zod';
import { canonicalLanguageTag } from './language-tags.js';

/** zod schemas of the posts' versions in other languages (docs/api.md, "Parallel texts"). */

/** A language a version is written in: a BCP 47 tag, stored in its canonical spelling (`pt-br` → `pt-BR`). */
export const translationLanguageSchema = z
  .string({ error: 'Choose a language' })
  .trim()
  .min(1, 'Choose a language')
  .transform((value, context) => {
    const tag = canonicalLanguageTag(value);
    if (tag === null) {
      context.addIssue({ code: 'custom', message: 'must be a language code like lv or pt-BR' });
      return z.NEVER;
    }
    return tag;
  });

/** `POST /api/posts/:itemId/translations`: add a version in this language. */
export const addTranslationBodySchema = z.object({ language: translationLanguageSchema });
export type AddTranslationBody = z.infer<typeof addTranslationBodySchema>;
