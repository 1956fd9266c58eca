import { createHash } from 'node:crypto';
import { cleanText, escapeHtml } from './escape.js';
import { licenceInfo, type LicenceInfo } from './licences.js';
import { PAGE_CSS } from './page-css.js';
import { sanitizeHtml } from './sanitize.js';
import { languageTag, safeUrl } from './urls.js';

/** What schema.org `LearningResource` metadata says about a page; display names only, never full names. */
export interface LearningResourceMetadata {
  /** Defaults to the page's title. */
  name?: string;
  description?: string;
  /** Defaults to the page's language. */
  inLanguage?: string | string[];
  /** The partnership's or post's themes. */
  keywords?: string[];
  /** E.g. 'blog post', 'document', 'board', 'website'. */
  learningResourceType?: string;
  educationalLevel?: string;
  /** Writers, by display name, with their school. */
  authors?: { name: string; affiliation?: string }[];
  /** The partner schools, with their country (ISO 3166-1 alpha-2). */
  organisations?: { name: string; country?: string }[];
  /** The partnership (its title and Erasmus+ reference code). */
  isPartOf?: { name: string; identifier?: string; url?: string };
  dateCreated?: string | Date;
  dateModified?: string | Date;
  datePublished?: string | Date;
  url?: string;
  image?: string;
}

export interface PageOptions {
  title: string;
  /** The page's language (`lang` on `<html>`). */
  lang: string;
  /** The page's content (e.g. renderDocumentHtml's fragment, a board's inline SVG): sanitised again here. */
  body: string;
  /** Before the content, e.g. the site's navigation (sanitised). */
  header?: string;
  /** In the footer, above the licence line, e.g. credits (sanitised). */
  footer?: string;
  /** The partnership's licence (default CC BY-SA 4.0), shown on the page and in its metadata. */
  licence?: string;
  metadata?: LearningResourceMetadata;
  /** 'inline' (default): PAGE_CSS in a `<style>` the CSP allows by its hash; or a link to a copy of it. */
  stylesheet?: 'inline' | { href: string };
  /** Words in the page's language (default English). */
  labels?: { licence?: string };
  /** A wider column, for content side by side (parallel texts). */
  wide?: boolean;
}

export const PAGE_CSS_HASH = `'sha256-${createHash('sha256').update(PAGE_CSS, 'utf8').digest('base64')}'`;

/**
 * The Content Security Policy of rendered pages. No script may run at all
 * (`default-src 'none'`; the JSON-LD block is data, which CSP does not block).
 * Pictures and stylesheets only from the page's own origin: on a server that is the
 * showcase's origin, and opened from disk Chromium counts the site's own folder as
 * 'self', so a static export works from file:// with relative paths. `data:` is not
 * allowed: nothing Kopa renders needs it.
 */
export function pageCsp(stylesheet: PageOptions['stylesheet'] = 'inline'): string {
  const styleSrc = stylesheet === 'inline' ? PAGE_CSS_HASH : "'self'";
  return `default-src 'none'; img-src 'self'; style-src ${styleSrc}; base-uri 'none'; form-action 'none'`;
}

/**
 * A complete HTML page: strict CSP meta tag first, title, the stylesheet (with its
 * print rules), schema.org LearningResource JSON-LD, the header, the content in
 * `<main>`, and a footer with the licence and its URL. Every piece of HTML passed in
 * is sanitised; every text is escaped.
 */
export function renderPage(options: PageOptions): string {
  const licence = licenceInfo(options.licence);
  const lang = languageTag(options.lang);
  const stylesheet = options.stylesheet ?? 'inline';
  const title = escapeHtml(options.title);
  const description = options.metadata?.description?.trim();
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(pageCsp(stylesheet))}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    ...(description ? [`<meta name="description" content="${escapeHtml(description)}">`] : []),
    '<meta name="generator" content="Kopa">',
    `<link rel="license" href="${escapeHtml(licence.url)}">`,
    stylesheetTag(stylesheet),
    `<script type="application/ld+json">${jsonLd(learningResource(options, licence, lang))}</script>`,
  ];
  const header = options.header ? `<header class="kopa-header">${sanitizeHtml(options.header)}</header>\n` : '';
  const footer = options.footer ? sanitizeHtml(options.footer) : '';
  const licenceLabel = escapeHtml(options.labels?.licence ?? 'Licence');
  const licenceLine =
    `<p class="kopa-licence">${licenceLabel}: <a rel="license" href="${escapeHtml(licence.url)}" ` +
    `title="${escapeHtml(licence.title)}">${escapeHtml(licence.name)}</a></p>`;
  return (
    '<!doctype html>\n' +
    `<html${lang ? ` lang="${lang}"` : ''}>\n<head>\n${head.join('\n')}\n</head>\n<body${options.wide ? ' class="kopa-wide"' : ''}>\n` +
    header +
    `<main class="kopa-main" id="main">\n${sanitizeHtml(options.body)}\n</main>\n` +
    `<footer class="kopa-footer">${footer}${licenceLine}</footer>\n` +
    '</body>\n</html>\n'
  );
}

function stylesheetTag(stylesheet: NonNullable<PageOptions['stylesheet']>): string {
  if (stylesheet === 'inline') return `<style>${PAGE_CSS}</style>`;
  const href = safeUrl(stylesheet.href, 'resource');
  if (href === null) throw new Error(`renderPage: the stylesheet URL ${JSON.stringify(stylesheet.href)} is not an http(s) or relative URL`);
  return `<link rel="stylesheet" href="${escapeHtml(href)}">`;
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` as JSON
 * escapes, so no value can close the element (`</script>`) or open a comment
 * (`<!--`); U+2028/U+2029 too. JSON.parse reads it back unchanged.
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function learningResource(options: PageOptions, licence: LicenceInfo, lang: string | null): Record<string, unknown> {
  const metadata = options.metadata ?? {};
  const text = (value: string | undefined) => {
    const cleaned = value === undefined ? '' : cleanText(value).trim();
    return cleaned === '' ? undefined : cleaned;
  };
  const url = (value: string | undefined) => (value === undefined ? undefined : (safeUrl(value, 'resource') ?? undefined));
  const date = (value: string | Date | undefined) => {
    if (value === undefined) return undefined;
    const parsed = value instanceof Date ? value : new Date(value);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
  };
  const languages = (Array.isArray(metadata.inLanguage) ? metadata.inLanguage : [metadata.inLanguage ?? lang ?? undefined])
    .map(languageTag)
    .filter((tag) => tag !== null);
  const keywords = (metadata.keywords ?? []).map(text).filter((keyword) => keyword !== undefined);
  const authors = (metadata.authors ?? []).flatMap((author) => {
    const name = text(author.name);
    if (!name) return [];
    const affiliation = text(author.affiliation);
    return [{ '@type': 'Person', name, ...(affiliation ? { affiliation: { '@type': 'Organization', name: affiliation } } : {}) }];
  });
  const organisations = (metadata.organisations ?? []).flatMap((organisation) => {
    const name = text(organisation.name);
    if (!name) return [];
    const country = organisation.country && /^[A-Za-z]{2}$/.test(organisation.country) ? organisation.country.toUpperCase() : undefined;
    return [{ '@type': 'Organization', name, ...(country ? { address: { '@type': 'PostalAddress', addressCountry: country } } : {}) }];
  });
  const partOf = metadata.isPartOf && text(metadata.isPartOf.name);
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: text(metadata.name) ?? text(options.title),
    description: text(metadata.description),
    inLanguage: languages.length === 0 ? undefined : languages.length === 1 ? languages[0] : languages,
    license: licence.url,
    isAccessibleForFree: true,
    learningResourceType: text(metadata.learningResourceType),
    educationalLevel: text(metadata.educationalLevel),
    keywords: keywords.length > 0 ? keywords : undefined,
    author: authors.length > 0 ? authors : undefined,
    sourceOrganization: organisations.length > 0 ? organisations : undefined,
    isPartOf: partOf
      ? {
          '@type': 'CreativeWork',
          name: partOf,
          identifier: text(metadata.isPartOf?.identifier),
          url: url(metadata.isPartOf?.url),
        }
      : undefined,
    dateCreated: date(metadata.dateCreated),
    dateModified: date(metadata.dateModified),
    datePublished: date(metadata.datePublished),
    url: url(metadata.url),
    image: url(metadata.image),
  };
}
