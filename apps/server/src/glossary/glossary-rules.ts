import { foldGlossaryText, type GlossaryTranslations, type ValidationProblemKind } from '@kopa/protocol';
import { HttpError } from '../http/http-error.js';
import type { GlossaryTermFields, GlossaryTermRecord } from './glossary-repository.js';

export interface GlossaryContext {
  /** The partnership's working languages (its schools' while it has set none). */
  languages: readonly string[];
  /** Every term of the partnership, to find the same word twice. */
  terms: readonly GlossaryTermRecord[];
  /** Whether an upload is a picture of this partnership. */
  isPictureOf(uploadId: string): boolean;
}

/** A 400 naming the field, with its problem without words for the web app to say in the reader's language. */
const invalid = (field: string, kind: ValidationProblemKind, message: string) =>
  new HttpError(400, 'invalid_request', `${field}: ${message}`, { field, problem: { kind } });

/**
 * A term's fields checked against its partnership: each language among its working languages (a
 * language the term already has stays allowed after the partnership dropped it), the picture one of
 * the partnership's uploads and described, and no word that is in the glossary already in the same
 * language (case and accents aside: `409 conflict` naming the field). The words come back in the
 * partnership's language order.
 */
export function checkGlossaryFields(context: GlossaryContext, fields: GlossaryTermFields, previous: GlossaryTermRecord | null): GlossaryTermFields {
  const unknown = Object.keys(fields.translations).find(
    (language) => !context.languages.includes(language) && previous?.translations[language] === undefined,
  );
  if (unknown !== undefined) {
    const listed = context.languages.length > 0 ? context.languages.join(', ') : 'none yet';
    throw invalid(`translations.${unknown}`, 'not_in_partnership', `${unknown} is not a working language of the partnership (${listed})`);
  }

  if (fields.uploadId !== null && !context.isPictureOf(fields.uploadId)) {
    throw invalid('pictureUploadId', 'not_in_partnership', 'not a picture of this partnership');
  }
  if (fields.uploadId !== null && fields.pictureAlt.trim() === '') {
    throw invalid('pictureAlt', 'picture_needs_description', 'Describe the picture for those who cannot see it');
  }

  for (const [language, text] of Object.entries(fields.translations)) {
    const folded = foldGlossaryText(text);
    const twin = context.terms.find(
      (term) => term.id !== previous?.id && term.translations[language] !== undefined && foldGlossaryText(term.translations[language]) === folded,
    );
    if (twin) {
      throw new HttpError(409, 'conflict', `“${text}” is in the glossary already.`, { field: `translations.${language}` });
    }
  }

  return {
    translations: inLanguageOrder(fields.translations, context.languages),
    uploadId: fields.uploadId,
    pictureAlt: fields.uploadId === null ? '' : fields.pictureAlt,
  };
}

/** The working languages first, in the partnership's order; any other after them, alphabetically. */
export function inLanguageOrder(translations: GlossaryTranslations, languages: readonly string[]): GlossaryTranslations {
  const rank = (language: string) => {
    const index = languages.indexOf(language);
    return index === -1 ? languages.length : index;
  };
  const ordered = Object.entries(translations).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  return Object.fromEntries(ordered);
}
