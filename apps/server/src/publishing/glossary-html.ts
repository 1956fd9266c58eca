import { languageOwnName, sortGlossaryTerms, type GlossaryTranslations, type UploadedImage } from '@kopa/protocol';
import type { ImageUrl } from '@kopa/render';

/** An approved term as it leaves Kopa (the showcase, the exports): its words and picture, never who proposed it. */
export interface PublishedGlossaryTerm {
  id: string;
  translations: GlossaryTranslations;
  /** Null when it has none, or when it shows a pupil without photo consent. */
  picture: UploadedImage | null;
  pictureAlt: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** The width a term's picture is shown at: small, beside its words (the narrowest stored variant). */
const thumbnailWidth = (picture: UploadedImage) => picture.variants[0]?.width ?? picture.width;

/**
 * The glossary as an HTML fragment for @kopa/render's pages: one entry per term, alphabetical in the
 * page's language, its words in every language side by side (each marked with its `lang`, named in
 * itself), and its picture. `imageUrl` decides where pictures are (or '' to leave one out).
 */
export function glossaryHtml(terms: readonly PublishedGlossaryTerm[], options: { locale: string; imageUrl: ImageUrl }): string {
  const entries = sortGlossaryTerms(terms, options.locale).map((term) => {
    const words = Object.entries(term.translations)
      .map(([language, text]) => {
        const lang = escape(language);
        return `<div><dt lang="${lang}">${escape(languageOwnName(language))}</dt><dd lang="${lang}">${escape(text)}</dd></div>`;
      })
      .join('');
    const src = term.picture ? options.imageUrl(term.picture.id, thumbnailWidth(term.picture)) : '';
    const picture =
      term.picture && src !== ''
        ? `<figure><img src="${escape(src)}" width="${term.picture.width}" height="${term.picture.height}" alt="${escape(term.pictureAlt)}"></figure>`
        : '';
    return `<li class="kopa-glossary-term">${picture}<dl>${words}</dl></li>`;
  });
  return `<ul class="kopa-glossary">${entries.join('')}</ul>`;
}

/** The uploads the terms show, to check for consent and to copy. */
export const glossaryPictures = (terms: readonly { picture: UploadedImage | null }[]): string[] =>
  terms.flatMap((term) => (term.picture ? [term.picture.id] : []));
