import type { Translate } from '@kopa/i18n';
import { languageOwnName } from '@kopa/protocol';
import { renderParallelHtml, type ImageUrl } from '@kopa/render';

/** One language of a published post: the original's or a version's frozen text (Lexical JSON). */
export interface ParallelSource {
  language: string;
  document: unknown;
  /** Where its pictures are found, when not where the page's are ('' leaves them out). */
  imageUrl?: ImageUrl;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/**
 * A published post with versions in other languages, for the pages that leave Kopa (the website
 * export and the public showcase): which languages it is in, then every language side by side,
 * paragraph beside paragraph, each with its `lang` (@kopa/render's renderParallelHtml). Each
 * language is named in itself ("Latviešu"), so readers find theirs whatever the page's language.
 * Null when the post has no version: the caller draws the original alone.
 */
export function parallelPostHtml(
  t: Translate,
  post: { title: string; original: ParallelSource; versions: readonly ParallelSource[] },
  options: { imageUrl: ImageUrl; missingAltText: string },
): string | null {
  if (post.versions.length === 0) return null;
  const all = [post.original, ...post.versions];
  const names = all.map((source) => languageOwnName(source.language));
  const languages = names.join(', ');
  const line = `<p class="kopa-muted">${escape(t('parallelTexts.page.languages', { languages }))}</p>`;
  const columns = all.map((source, index) => ({ content: source.document, lang: source.language, label: names[index]!, imageUrl: source.imageUrl }));
  return (
    line +
    renderParallelHtml(columns, {
      imageUrl: options.imageUrl,
      missingAltText: options.missingAltText,
      headingOffset: 1,
      label: t('parallelTexts.page.sideBySide', { title: post.title, languages }),
    })
  );
}
