import { z } from 'zod';

/**
 * Language tags (BCP 47) of the kind people mark texts with: `lv`, `en-GB`, `zh-Hant-TW`.
 * The shape is checked first (a cheap guard against anything strange), then the
 * JavaScript engine's own BCP 47 parser (`Intl.getCanonicalLocales`) decides; the
 * canonical spelling is what gets stored (`en-gb` → `en-GB`).
 */
const SHAPE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
export const LANGUAGE_TAG_MAX_LENGTH = 35;

/** The tag in its canonical spelling, or null when it is not a well-formed language tag. */
export function canonicalLanguageTag(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > LANGUAGE_TAG_MAX_LENGTH || !SHAPE.test(value)) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

/** A language tag, stored canonical; '' says "not said". */
export const languageTagSchema = z
  .string({ error: 'must be a language code like lv or en-GB' })
  .trim()
  .transform((value, context) => {
    if (value === '') return '';
    const tag = canonicalLanguageTag(value);
    if (tag === null) {
      context.addIssue({ code: 'custom', message: 'must be a language code like lv or en-GB' });
      return z.NEVER;
    }
    return tag;
  });

/** `PUT /api/items/:itemId/language`: the language a document or board is written in ('' when not said). */
export const itemLanguageBodySchema = z.object({ language: languageTagSchema });
export type ItemLanguageBody = z.infer<typeof itemLanguageBodySchema>;

/** `PUT /api/me/locale`: the interface language a person chose (the server checks it is one Kopa speaks). */
export const localeBodySchema = z.object({
  locale: z.string({ error: 'Choose a language' }).regex(/^[a-z]{2}$/, 'must be a two-letter language code like lv'),
});
export type LocaleBody = z.infer<typeof localeBodySchema>;
