import { countryName, LOCALE_NAMES, LOCALES, type Locale, type Translate } from '@kopa/i18n';
import type { ItemType, UploadedImage } from '@kopa/protocol';
import { renderBoardSvg, renderDocumentHtml, renderPage, type LearningResourceMetadata } from '@kopa/render';
import { excerptOf } from '../blog/post-content.js';
import type { PartnershipRecord, SchoolRecord } from '../directory/partnership-repository.js';
import { creditsText, type PublicCredit } from '../publishing/public-credits.js';
import { runningText } from '../publishing/running-text.js';
import { parallelPostHtml, type ParallelSource } from '../publishing/parallel-text.js';
import type { ShowcasePractice } from './public-practices.js';
import type { ShownItem } from './public-showcase.js';
import { glossaryHtml, type PublishedGlossaryTerm } from '../publishing/glossary-html.js';
import { showcaseGlossaryPath, showcaseItemPath, showcasePath, showcasePicturePath } from './showcase-paths.js';

/**
 * The showcase's HTML pages, drawn on the server with @kopa/render: every piece of text
 * escaped here, every fragment sanitised again by renderPage, a strict CSP, no script, the
 * partnership's licence and schema.org LearningResource metadata on each page. Nothing here
 * reads the database: the routes hand over only what is public.
 */

export interface PageContext {
  t: Translate;
  formatDate(time: number): string;
  formatDateRange(from: number, to: number): string;
  locale: Locale;
  /** `https://school.example` (for the metadata's absolute addresses). */
  origin: string;
  slug: string;
  partnership: PartnershipRecord;
  schools: readonly SchoolRecord[];
}

/** An item on the public pages: the approval and content, with its credits already decided. */
export interface PublicItemView extends ShownItem {
  credits: PublicCredit[];
  /** A post's cover as approved (its stored sizes), when it still exists. */
  cover: UploadedImage | null;
  /** A post's versions in other languages, frozen with the version approved (none when it was published again since). */
  translations?: readonly ParallelSource[];
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

const GROUPS: readonly { type: ItemType; heading: 'showcase.public.posts' | 'showcase.public.docs' | 'showcase.public.boards' }[] = [
  { type: 'post', heading: 'showcase.public.posts' },
  { type: 'doc', heading: 'showcase.public.docs' },
  { type: 'board', heading: 'showcase.public.boards' },
];

const KIND_LABEL = { post: 'showcase.public.kind.post', doc: 'showcase.public.kind.doc', board: 'showcase.public.kind.board' } as const;
/** schema.org's learningResourceType: English vocabulary, whatever the page's language. */
const RESOURCE_TYPE = { post: 'blog post', doc: 'document', board: 'board' } as const;

/** The showcase's front page: the partnership, its schools, the approved items, its public practices. */
export function renderShowcaseHome(
  context: PageContext,
  items: readonly PublicItemView[],
  practices: readonly ShowcasePractice[],
  glossaryTerms = 0,
): string {
  const { t, partnership } = context;
  const sections: string[] = [intro(context), schoolsSection(context)];

  const groups = GROUPS.map(({ type, heading }) => {
    const ofType = items.filter((item) => item.approval.type === type);
    if (ofType.length === 0) return '';
    return `<h3>${escape(t(heading))}</h3><ul class="kopa-showcase-items">${ofType.map((item) => itemEntry(context, item)).join('')}</ul>`;
  }).join('');
  sections.push(
    `<section aria-labelledby="showcase-items"><h2 id="showcase-items">${escape(t('showcase.public.items'))}</h2>` +
      (groups === '' ? `<p class="kopa-muted">${escape(t('showcase.public.empty'))}</p>` : groups) +
      '</section>',
  );
  if (practices.length > 0) sections.push(practicesSection(context, practices, items));
  if (glossaryTerms > 0) {
    sections.push(
      `<section aria-labelledby="showcase-glossary"><h2 id="showcase-glossary">${escape(t('glossary.public.title'))}</h2>` +
        `<p><a href="${escape(showcaseGlossaryPath(context.slug))}">${escape(t('glossary.public.link', { count: glossaryTerms }))}</a></p></section>`,
    );
  }

  return renderPage({
    title: partnership.title,
    lang: context.locale,
    header: languageNav(context, showcasePath(context.slug)),
    body: sections.join('\n'),
    licence: partnership.licence,
    labels: { licence: t('showcase.public.licence') },
    metadata: {
      ...partOf(context),
      name: partnership.title,
      description: partnership.themes.length > 0 ? t('showcase.public.themes', { themes: partnership.themes.join(', ') }) : undefined,
      inLanguage: partnership.languages.length > 0 ? partnership.languages : undefined,
      keywords: partnership.themes,
      learningResourceType: 'website',
      url: `${context.origin}${showcasePath(context.slug)}`,
    },
  });
}

/** One approved item on a page of its own: its frozen content, credits, licence and metadata. */
export function renderShowcaseItem(context: PageContext, item: PublicItemView): string {
  const { t } = context;
  const { approval, content } = item;
  const imageUrl = (uploadId: string, width: number) => showcasePicturePath(context.slug, uploadId, width);
  // A post's language, or the one a document or board was marked with.
  const lang = approval.language || undefined;

  let body: string;
  if (approval.type === 'board' && content.boardState) {
    const board = renderBoardSvg(content.boardState, { imageUrl, title: t('showcase.public.board', { title: approval.title }) });
    body = `<div class="kopa-board">${board.svg}</div>`;
  } else {
    const parallel = parallelPostHtml(
      t,
      {
        title: approval.title,
        original: { language: approval.language ?? '', document: content.document },
        // Pictures in a version are not part of what was checked for consent: they stay out.
        versions: (item.translations ?? []).map((version) => ({ ...version, imageUrl: () => '' })),
      },
      { imageUrl, missingAltText: t('showcase.public.missingAlt') },
    );
    body = parallel ?? renderDocumentHtml(content.document, { imageUrl, lang, headingOffset: 1, missingAltText: t('showcase.public.missingAlt') });
  }
  const cover = item.cover ? coverFigure(item.cover, approval.coverAlt, imageUrl) : '';
  const byline = [
    item.credits.length > 0 ? t('showcase.public.by', { people: creditsText(context, item.credits) }) : '',
    t('showcase.public.published', { date: context.formatDate(approval.approvedAt) }),
  ].filter(Boolean);

  const article =
    `<article${lang ? ` lang="${escape(lang)}"` : ''}>` +
    `<p class="kopa-muted">${escape(t(KIND_LABEL[approval.type]))}</p>` +
    `<h1>${escape(approval.title)}</h1>` +
    `<p class="kopa-muted">${byline.map(escape).join(' · ')}</p>` +
    cover +
    body +
    '</article>';

  const header =
    `<p><a href="${escape(showcasePath(context.slug))}">← ${escape(t('showcase.public.back', { title: context.partnership.title }))}</a></p>` +
    languageNav(context, showcaseItemPath(context.slug, approval.itemId));

  const metadata: LearningResourceMetadata = {
    ...partOf(context),
    name: approval.title,
    description: content.text ? excerptOf(runningText(content.text)) : undefined,
    inLanguage: lang,
    keywords: approval.type === 'post' ? approval.themes : undefined,
    learningResourceType: RESOURCE_TYPE[approval.type],
    // Only people who may be named; "a pupil from …" is not a name.
    authors: item.credits.flatMap((credit) => (credit.kind === 'named' ? [{ name: credit.name }] : [])),
    datePublished: new Date(approval.approvedAt),
    url: `${context.origin}${showcaseItemPath(context.slug, approval.itemId)}`,
    image: item.cover ? `${context.origin}${imageUrl(item.cover.id, coverWidth(item.cover))}` : undefined,
  };
  return renderPage({
    title: `${approval.title} · ${context.partnership.title}`,
    lang: context.locale,
    header,
    body: article,
    wide: (item.translations?.length ?? 0) > 0,
    licence: context.partnership.licence,
    labels: { licence: t('showcase.public.licence') },
    metadata,
  });
}

/** The partnership's approved glossary: every term in every language side by side, with its picture; never who proposed it. */
export function renderShowcaseGlossary(context: PageContext, terms: readonly PublishedGlossaryTerm[]): string {
  const { t } = context;
  const imageUrl = (uploadId: string, width: number) => showcasePicturePath(context.slug, uploadId, width);
  const header =
    `<p><a href="${escape(showcasePath(context.slug))}">← ${escape(t('showcase.public.back', { title: context.partnership.title }))}</a></p>` +
    languageNav(context, showcaseGlossaryPath(context.slug));
  const body =
    `<h1>${escape(t('glossary.public.title'))}</h1><p>${escape(t('glossary.public.intro'))}</p>` + glossaryHtml(terms, { locale: context.locale, imageUrl });
  return renderPage({
    title: `${t('glossary.public.title')} · ${context.partnership.title}`,
    lang: context.locale,
    header,
    body,
    licence: context.partnership.licence,
    labels: { licence: t('showcase.public.licence') },
    metadata: {
      ...partOf(context),
      name: t('glossary.public.title'),
      inLanguage: [...new Set(terms.flatMap((term) => Object.keys(term.translations)))],
      learningResourceType: 'glossary',
      url: `${context.origin}${showcaseGlossaryPath(context.slug)}`,
    },
  });
}

/** The answer for anything that is not public: an unknown address, a showcase that is off, an item not approved. */
export function renderShowcaseNotFound(t: Translate, locale: Locale): string {
  return renderPage({
    title: t('showcase.public.notFound'),
    lang: locale,
    body: `<h1>${escape(t('showcase.public.notFound'))}</h1><p>${escape(t('showcase.public.notFoundText'))}</p>`,
    labels: { licence: t('showcase.public.licence') },
  });
}

/** The width `src` points to: the largest stored variant up to 1280 pixels. */
function coverWidth(cover: UploadedImage): number {
  const widths = cover.variants.map((variant) => variant.width);
  return widths.filter((width) => width <= 1280).at(-1) ?? widths[0] ?? cover.width;
}

function coverFigure(cover: UploadedImage, alt: string, imageUrl: (uploadId: string, width: number) => string): string {
  const srcset = cover.variants.map((variant) => `${imageUrl(cover.id, variant.width)} ${variant.width}w`).join(', ');
  return (
    `<figure class="kopa-image"><img src="${escape(imageUrl(cover.id, coverWidth(cover)))}" srcset="${escape(srcset)}" ` +
    `sizes="(max-width: 46rem) 100vw, 46rem" width="${cover.width}" height="${cover.height}" alt="${escape(alt)}"></figure>`
  );
}

function intro({ t, partnership, formatDateRange }: PageContext): string {
  const facts: string[] = [];
  if (partnership.referenceCode) facts.push(t('showcase.public.reference', { code: partnership.referenceCode }));
  if (partnership.startDate && partnership.endDate) {
    facts.push(formatDateRange(Date.parse(partnership.startDate), Date.parse(partnership.endDate)));
  }
  return (
    `<h1>${escape(partnership.title)}</h1>` +
    (facts.length > 0 ? `<p class="kopa-muted">${facts.map(escape).join(' · ')}</p>` : '') +
    (partnership.themes.length > 0 ? `<p>${escape(t('showcase.public.themes', { themes: partnership.themes.join(', ') }))}</p>` : '')
  );
}

function schoolsSection({ t, schools, locale }: PageContext): string {
  const entries = schools.map((school) => `<li>${escape(school.name)} (${escape(countryName(school.country, locale))})</li>`).join('');
  return `<section aria-labelledby="showcase-schools"><h2 id="showcase-schools">${escape(t('showcase.public.schools'))}</h2><ul>${entries}</ul></section>`;
}

function itemEntry(context: PageContext, item: PublicItemView): string {
  const { approval, content } = item;
  const excerpt = content.text ? `<br>${escape(excerptOf(runningText(content.text), 160))}` : '';
  return (
    `<li><a href="${escape(showcaseItemPath(context.slug, approval.itemId))}">${escape(approval.title)}</a>` +
    ` <span class="kopa-muted">· ${escape(context.t('showcase.public.published', { date: context.formatDate(approval.approvedAt) }))}</span>` +
    `${excerpt}</li>`
  );
}

function practicesSection(context: PageContext, practices: readonly ShowcasePractice[], items: readonly PublicItemView[]): string {
  const { t, locale } = context;
  const shownTitles = new Map(items.map((item) => [item.approval.itemId, item.approval.title]));
  const entries = practices
    .map((practice) => {
      const facts: string[] = [];
      const fact = (label: string, value: string) => {
        if (value.trim() !== '') facts.push(`<dt>${escape(label)}</dt><dd>${escape(value)}</dd>`);
      };
      fact(t('showcase.public.practice.targetGroup'), practice.targetGroup);
      fact(t('showcase.public.practice.outcomes'), practice.outcomes);
      fact(t('showcase.public.practice.countries'), practice.countries.map((code) => countryName(code, locale)).join(', '));
      fact(t('showcase.public.practice.languages'), practice.languages.join(', '));
      const links = practice.links.flatMap((link) => {
        if (link.kind === 'url') {
          return /^https?:\/\//i.test(link.url) ? [`<li><a href="${escape(link.url)}" rel="noopener noreferrer">${escape(link.label || link.url)}</a></li>`] : [];
        }
        // An item of the partnership only when it is itself on the showcase, under its approved title.
        const title = shownTitles.get(link.itemId);
        return title === undefined ? [] : [`<li><a href="${escape(showcaseItemPath(context.slug, link.itemId))}">${escape(title)}</a></li>`];
      });
      return (
        `<article><h3>${escape(practice.title)}</h3>` +
        (practice.summary ? `<p>${escape(practice.summary)}</p>` : '') +
        (facts.length > 0 ? `<dl>${facts.join('')}</dl>` : '') +
        (practice.themes.length > 0 ? `<p class="kopa-muted">${escape(t('showcase.public.themes', { themes: practice.themes.join(', ') }))}</p>` : '') +
        (links.length > 0 ? `<p>${escape(t('showcase.public.practice.links'))}</p><ul>${links.join('')}</ul>` : '') +
        '</article>'
      );
    })
    .join('');
  return `<section aria-labelledby="showcase-practices"><h2 id="showcase-practices">${escape(t('showcase.public.practices'))}</h2>${entries}</section>`;
}

/** The page in each language Kopa speaks: plain links, the current one not a link. */
function languageNav({ t, locale }: PageContext, path: string): string {
  const entries = LOCALES.map((candidate) =>
    candidate === locale
      ? `<li><strong lang="${candidate}">${escape(LOCALE_NAMES[candidate])}</strong></li>`
      : `<li><a href="${escape(`${path}?lang=${candidate}`)}" hreflang="${candidate}" lang="${candidate}">${escape(LOCALE_NAMES[candidate])}</a></li>`,
  ).join('');
  return `<nav aria-label="${escape(t('showcase.public.languages'))}"><ul>${entries}</ul></nav>`;
}

function partOf(context: PageContext): Pick<LearningResourceMetadata, 'isPartOf' | 'organisations'> {
  return {
    isPartOf: {
      name: context.partnership.title,
      identifier: context.partnership.referenceCode ?? undefined,
      url: `${context.origin}${showcasePath(context.slug)}`,
    },
    organisations: context.schools.map((school) => ({ name: school.name, country: school.country })),
  };
}
