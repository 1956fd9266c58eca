import { countryName, type Locale, type Translate } from '@kopa/i18n';
import { exportWords } from './export-words.js';
import { POST_PHASES, type ItemType, type UploadedImage } from '@kopa/protocol';
import { renderBoardSvg, renderDocumentHtml, renderPage, type ImageUrl, type LearningResourceMetadata } from '@kopa/render';
import { excerptOf } from '../../blog/post-content.js';
import { creditsText, type PublicCredit } from '../../publishing/public-credits.js';
import { runningText } from '../../publishing/running-text.js';
import { parallelPostHtml } from '../../publishing/parallel-text.js';
import { yieldToEventLoop, type ExportEntry, type ExportFormat, type ExportOptions, type ExportProgress, type ExportScope } from '../export-format.js';
import { collectPictures, exportImageUrl, pictureEntries } from './export-pictures.js';
import { glossaryHtml } from '../../publishing/glossary-html.js';
import { ITEM_FOLDERS, itemFileNames } from './item-files.js';
import { readScopeContent, type ExportedItem, type PublishingDeps, type ScopeContent } from './scope-content.js';

/**
 * The static website (`site`): a zip that opens from disk in any browser, with no server and
 * no script. Every page is drawn by @kopa/render's renderPage (strict CSP in a meta tag, the
 * stylesheet inline, the partnership's licence in the footer and schema.org LearningResource
 * JSON-LD), every link and picture is relative:
 *
 *   index.html                 the partnership, its schools, the licence, what is in the site
 *   timeline.html              the visits with their phases, the posts grouped by visit and phase
 *   credits.html               who wrote what, by the consent rule
 *   posts/<name>.html          each published post (its published version)
 *   documents/<name>.html      each document, rendered to HTML
 *   boards/<name>.html         each board as inline SVG (so its pictures show)
 *   files/<uploadId>-<w>.webp  the picture variants the pages use, and no others
 */
export function siteFormat(deps: PublishingDeps): ExportFormat {
  return {
    name: 'site',
    scopes: ['partnership', 'space'],
    produce: (scope, progress, options) => produceSite(deps, scope, progress, options),
  };
}

const FIXED_PAGES = ['index.html', 'timeline.html', 'credits.html'] as const;

async function* produceSite(deps: PublishingDeps, scope: ExportScope, progress: ExportProgress, options: ExportOptions): AsyncGenerator<ExportEntry> {
  const content = await readScopeContent(deps, scope, progress, FIXED_PAGES.length);
  const site = new SiteWriter(content, options.locale, deps);
  const pictures = new Map<string, { uploadId: string; width: number }>();
  // The pages and pictures to come: the total grows once they are known.
  const pageCount = FIXED_PAGES.length + content.items.length + (content.glossary.length > 0 ? 1 : 0);
  const step = async () => {
    progress.advance();
    await yieldToEventLoop();
    progress.signal.throwIfAborted();
  };
  const page = (path: string, html: string): ExportEntry => {
    collectPictures(html, pictures);
    return { path, bytes: Buffer.from(html) };
  };

  progress.setTotal(content.items.length + pageCount);
  yield page('index.html', site.home());
  await step();
  yield page('timeline.html', site.timeline());
  await step();
  yield page('credits.html', site.creditsPage());
  await step();
  if (content.glossary.length > 0) {
    yield page('glossary.html', site.glossaryPage());
    await step();
  }
  for (const item of content.items) {
    yield page(site.pathOf(item), site.itemPage(item));
    await step();
  }
  progress.setTotal(content.items.length + pageCount + pictures.size);
  yield* pictureEntries(deps.filesDir, pictures, step);
}

const RESOURCE_TYPE: Record<ItemType, string> = { post: 'blog post', doc: 'document', board: 'board' };
const KIND_LABEL = { post: 'showcase.public.kind.post', doc: 'showcase.public.kind.doc', board: 'showcase.public.kind.board' } as const;
const GROUPS = [
  { type: 'post', heading: 'showcase.public.posts' },
  { type: 'doc', heading: 'showcase.public.docs' },
  { type: 'board', heading: 'showcase.public.boards' },
] as const;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** The pages of one site: words in the exporter's language, links relative to each page's folder. */
class SiteWriter {
  private readonly t: Translate;
  private readonly formatDate: (time: number) => string;
  private readonly formatDateRange: (from: number, to: number) => string;
  private readonly names: Map<string, string>;
  private readonly exportedAt = Date.now();

  constructor(
    private readonly content: ScopeContent,
    private readonly locale: Locale,
    private readonly deps: Pick<PublishingDeps, 'uploads'>,
  ) {
    ({ t: this.t, formatDate: this.formatDate, formatDateRange: this.formatDateRange } = exportWords(locale));
    this.names = itemFileNames(content.items);
  }

  private get words(): { t: Translate; locale: Locale } {
    return { t: this.t, locale: this.locale };
  }

  pathOf(item: ExportedItem): string {
    return `${ITEM_FOLDERS[item.type]}/${this.names.get(item.id)!}.html`;
  }

  home(): string {
    const { t } = this;
    const { partnership, items, space } = this.content;
    const sections: string[] = [this.intro()];
    if (space) sections.push(`<p><strong>${escape(t('exports.site.space', { title: space.title }))}</strong></p>`);
    sections.push(this.schools());
    const groups = GROUPS.map(({ type, heading }) => {
      const ofType = items.filter((item) => item.type === type);
      if (ofType.length === 0) return '';
      return `<h3>${escape(t(heading))}</h3><ul class="kopa-site-items">${ofType.map((item) => this.entry(item, '')).join('')}</ul>`;
    }).join('');
    sections.push(
      `<section aria-labelledby="site-items"><h2 id="site-items">${escape(t('showcase.public.items'))}</h2>` +
        (groups === '' ? `<p class="kopa-muted">${escape(t('showcase.public.empty'))}</p>` : groups) +
        '</section>',
    );
    if (this.content.glossary.length > 0) {
      sections.push(
        `<section aria-labelledby="site-glossary"><h2 id="site-glossary">${escape(t('glossary.public.title'))}</h2>` +
          `<p><a href="glossary.html">${escape(t('glossary.public.link', { count: this.content.glossary.length }))}</a></p></section>`,
      );
    }
    return this.render({
      title: partnership.title,
      depth: '',
      body: sections.join('\n'),
      metadata: {
        name: partnership.title,
        description: partnership.themes.length > 0 ? t('showcase.public.themes', { themes: partnership.themes.join(', ') }) : undefined,
        inLanguage: partnership.languages.length > 0 ? partnership.languages : undefined,
        keywords: partnership.themes,
        learningResourceType: 'website',
      },
    });
  }

  timeline(): string {
    const { t } = this;
    const posts = this.content.items.filter((item) => item.post !== null);
    const shown = new Set<string>();
    const list = (entries: readonly ExportedItem[]) =>
      entries.length === 0
        ? `<p class="kopa-muted">${escape(t('exports.site.phaseEmpty'))}</p>`
        : `<ul class="kopa-site-items">${entries.map((item) => this.entry(item, '')).join('')}</ul>`;

    const visits = this.content.mobilities.map((mobility) => {
      const ofVisit = posts.filter((item) => item.post!.mobilityId === mobility.id);
      for (const item of ofVisit) shown.add(item.id);
      const host = this.content.schools.find((school) => school.id === mobility.hostSchoolId);
      const facts = [
        this.formatDateRange(Date.parse(mobility.startDate), Date.parse(mobility.endDate)),
        host ? t('exports.site.host', { school: host.name, country: countryName(host.country, this.locale) }) : mobility.city,
      ];
      const phases = POST_PHASES.map(
        (phase) =>
          `<h3>${escape(t(`blog.phase.${phase}`, { city: mobility.city }))}</h3>` + list(ofVisit.filter((item) => item.post!.phase === phase)),
      );
      const unphased = ofVisit.filter((item) => item.post!.phase === null);
      if (unphased.length > 0) phases.push(`<h3>${escape(t('blog.phase.any', { city: mobility.city }))}</h3>${list(unphased)}`);
      return (
        `<section><h2>${escape(mobility.title || mobility.city)}</h2>` +
        `<p class="kopa-muted">${facts.map(escape).join(' · ')}</p>${phases.join('')}</section>`
      );
    });
    const others = posts.filter((item) => !shown.has(item.id));
    if (others.length > 0 || visits.length === 0) visits.push(`<section><h2>${escape(t('exports.site.otherPosts'))}</h2>${list(others)}</section>`);

    return this.render({
      title: `${t('exports.site.timeline')} · ${this.content.partnership.title}`,
      depth: '',
      body: `<h1>${escape(t('exports.site.timeline'))}</h1>${visits.join('\n')}`,
      metadata: { name: t('exports.site.timeline'), learningResourceType: 'website' },
    });
  }

  creditsPage(): string {
    const { t } = this;
    const everyone = this.content.credits.map((credit) => `<li>${escape(creditsText(this.words, [credit]))}</li>`).join('');
    const perItem = this.content.items
      .filter((item) => item.credits.length > 0)
      .map((item) => `<li><a href="${escape(this.pathOf(item))}">${escape(item.title)}</a>: ${escape(creditsText(this.words, item.credits))}</li>`)
      .join('');
    const body =
      `<h1>${escape(t('exports.site.credits'))}</h1>` +
      `<p>${escape(t('exports.site.creditsRule'))}</p>` +
      (everyone === '' ? `<p class="kopa-muted">${escape(t('showcase.public.empty'))}</p>` : `<ul>${everyone}</ul>`) +
      (perItem === '' ? '' : `<h2>${escape(t('exports.site.creditsPerItem'))}</h2><ul>${perItem}</ul>`);
    return this.render({
      title: `${t('exports.site.credits')} · ${this.content.partnership.title}`,
      depth: '',
      body,
      metadata: { name: t('exports.site.credits'), learningResourceType: 'website', authors: named(this.content.credits) },
    });
  }

  /** The approved glossary: every term in every language side by side, with its picture. */
  glossaryPage(): string {
    const { t } = this;
    const imageUrl = exportImageUrl(this.deps.uploads, this.content.partnership.id, this.content.withheldPictures, '');
    const body =
      `<h1>${escape(t('glossary.public.title'))}</h1><p>${escape(t('glossary.public.intro'))}</p>` +
      glossaryHtml(this.content.glossary, { locale: this.locale, imageUrl });
    return this.render({
      title: `${t('glossary.public.title')} · ${this.content.partnership.title}`,
      depth: '',
      body,
      metadata: { name: t('glossary.public.title'), learningResourceType: 'glossary', inLanguage: [...new Set(this.content.glossary.flatMap((term) => Object.keys(term.translations)))] },
    });
  }

  itemPage(item: ExportedItem): string {
    const { t } = this;
    const imageUrl = exportImageUrl(this.deps.uploads, this.content.partnership.id, this.content.withheldPictures, '../');
    const lang = item.post?.language || item.language || undefined;
    let body: string;
    if (item.type === 'board') {
      const board = item.content.boardState
        ? renderBoardSvg(item.content.boardState, { imageUrl, title: t('showcase.public.board', { title: item.title }) })
        : null;
      body = board ? `<div class="kopa-board">${board.svg}</div>` : '';
    } else {
      // A post with versions in other languages: all of them side by side, paragraph beside paragraph.
      const parallel = item.post
        ? parallelPostHtml(
            t,
            {
              title: item.title,
              original: { language: item.post.language, document: item.content.document },
              versions: item.post.translations.map((version) => ({ language: version.language, document: version.content.document })),
            },
            { imageUrl, missingAltText: t('showcase.public.missingAlt') },
          )
        : null;
      body = parallel ?? renderDocumentHtml(item.content.document, { imageUrl, lang, headingOffset: 1, missingAltText: t('showcase.public.missingAlt') });
    }
    const byline = [
      item.credits.length > 0 ? t('showcase.public.by', { people: creditsText(this.words, item.credits) }) : '',
      item.post ? t('showcase.public.published', { date: this.formatDate(item.post.publishedAt) }) : '',
    ].filter(Boolean);
    const visit = item.post?.mobilityId ? this.content.mobilities.find((mobility) => mobility.id === item.post!.mobilityId) : undefined;
    const visitLine = visit
      ? `<p class="kopa-muted"><a href="../timeline.html">${escape(
          item.post!.phase ? t(`blog.phase.${item.post!.phase}`, { city: visit.city }) : t('blog.phase.any', { city: visit.city }),
        )}</a></p>`
      : '';
    const cover = item.post?.cover ? coverFigure(item.post.cover, item.post.coverAlt, imageUrl) : '';
    const article =
      `<article${lang ? ` lang="${escape(lang)}"` : ''}>` +
      `<p class="kopa-muted">${escape(t(KIND_LABEL[item.type]))}</p>` +
      `<h1>${escape(item.title)}</h1>` +
      (byline.length > 0 ? `<p class="kopa-muted">${byline.map(escape).join(' · ')}</p>` : '') +
      visitLine +
      cover +
      body +
      '</article>';
    const coverWidth = item.post?.cover ? srcWidth(item.post.cover) : null;
    return this.render({
      title: `${item.title} · ${this.content.partnership.title}`,
      depth: '../',
      body: article,
      wide: (item.post?.translations.length ?? 0) > 0,
      footer: item.credits.length > 0 ? `<p>${escape(t('showcase.public.by', { people: creditsText(this.words, item.credits) }))}</p>` : '',
      metadata: {
        name: item.title,
        description: item.content.text ? excerptOf(runningText(item.content.text)) : undefined,
        inLanguage: lang,
        keywords: item.post?.themes,
        learningResourceType: RESOURCE_TYPE[item.type],
        authors: named(item.credits),
        datePublished: item.post ? new Date(item.post.publishedAt) : undefined,
        image: item.post?.cover && coverWidth !== null ? imageUrl(item.post.cover.id, coverWidth) || undefined : undefined,
      },
    });
  }

  private entry(item: ExportedItem, depth: '' | '../'): string {
    const excerpt = item.content.text ? `<br>${escape(excerptOf(runningText(item.content.text), 160))}` : '';
    const when = item.post ? ` <span class="kopa-muted">· ${escape(this.t('showcase.public.published', { date: this.formatDate(item.post.publishedAt) }))}</span>` : '';
    return `<li><a href="${escape(depth + this.pathOf(item))}">${escape(item.title)}</a>${when}${excerpt}</li>`;
  }

  private intro(): string {
    const { t } = this;
    const { partnership } = this.content;
    const facts: string[] = [];
    if (partnership.referenceCode) facts.push(t('showcase.public.reference', { code: partnership.referenceCode }));
    if (partnership.startDate && partnership.endDate) facts.push(this.formatDateRange(Date.parse(partnership.startDate), Date.parse(partnership.endDate)));
    return (
      `<h1>${escape(partnership.title)}</h1>` +
      (facts.length > 0 ? `<p class="kopa-muted">${facts.map(escape).join(' · ')}</p>` : '') +
      (partnership.themes.length > 0 ? `<p>${escape(t('showcase.public.themes', { themes: partnership.themes.join(', ') }))}</p>` : '')
    );
  }

  private schools(): string {
    const entries = this.content.schools.map((school) => `<li>${escape(school.name)} (${escape(countryName(school.country, this.locale))})</li>`).join('');
    return `<section aria-labelledby="site-schools"><h2 id="site-schools">${escape(this.t('showcase.public.schools'))}</h2><ul>${entries}</ul></section>`;
  }

  private nav(depth: '' | '../'): string {
    const { t } = this;
    const links = [
      ['index.html', t('exports.site.home')],
      ['timeline.html', t('exports.site.timeline')],
      ['credits.html', t('exports.site.credits')],
      ...(this.content.glossary.length > 0 ? [['glossary.html', t('glossary.public.title')] as const] : []),
    ] as const;
    return `<nav aria-label="${escape(this.content.partnership.title)}"><ul>${links
      .map(([href, label]) => `<li><a href="${depth}${href}">${escape(label)}</a></li>`)
      .join('')}</ul></nav>`;
  }

  private render(page: { title: string; depth: '' | '../'; body: string; footer?: string; metadata: LearningResourceMetadata; wide?: boolean }): string {
    const { partnership, schools } = this.content;
    const exported = `<p class="kopa-muted">${escape(this.t('exports.site.exported', { date: this.formatDate(this.exportedAt) }))}</p>`;
    return renderPage({
      title: page.title,
      lang: this.locale,
      header: this.nav(page.depth),
      body: page.body,
      wide: page.wide,
      footer: (page.footer ?? '') + exported,
      licence: partnership.licence,
      labels: { licence: this.t('showcase.public.licence') },
      metadata: {
        isPartOf: { name: partnership.title, identifier: partnership.referenceCode ?? undefined },
        organisations: schools.map((school) => ({ name: school.name, country: school.country })),
        ...page.metadata,
      },
    });
  }
}

/** Only people who may be named; "a pupil from …" is not a name. */
function named(credits: readonly PublicCredit[]): { name: string }[] {
  return credits.flatMap((credit) => (credit.kind === 'named' ? [{ name: credit.name }] : []));
}

/** The width `src` points to: the largest stored variant up to 1280 pixels. */
function srcWidth(cover: UploadedImage): number {
  const widths = cover.variants.map((variant) => variant.width);
  return widths.filter((width) => width <= 1280).at(-1) ?? widths[0] ?? cover.width;
}

function coverFigure(cover: UploadedImage, alt: string, imageUrl: ImageUrl): string {
  const src = imageUrl(cover.id, srcWidth(cover));
  if (src === '') return '';
  const srcset = cover.variants
    .map((variant) => ({ url: imageUrl(cover.id, variant.width), width: variant.width }))
    .filter((candidate) => candidate.url !== '')
    .map((candidate) => `${candidate.url} ${candidate.width}w`)
    .join(', ');
  return (
    `<figure class="kopa-image"><img src="${escape(src)}" srcset="${escape(srcset)}" ` +
    `sizes="(max-width: 46rem) 100vw, 46rem" width="${cover.width}" height="${cover.height}" alt="${escape(alt)}"></figure>`
  );
}
