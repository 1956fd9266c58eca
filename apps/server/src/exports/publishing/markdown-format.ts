import { countryName, type Locale, type Translate } from '@kopa/i18n';
import { exportWords } from './export-words.js';
import { languageOwnName, POST_PHASES, sortGlossaryTerms } from '@kopa/protocol';
import { licenceInfo, renderBoardSvg, renderDocumentMarkdown } from '@kopa/render';
import { creditsText } from '../../publishing/public-credits.js';
import { yieldToEventLoop, type ExportEntry, type ExportFormat, type ExportOptions, type ExportProgress, type ExportScope } from '../export-format.js';
import { collectPictures, exportImageUrl, pictureEntries } from './export-pictures.js';
import { ITEM_FOLDERS, itemFileNames } from './item-files.js';
import { readScopeContent, type ExportedItem, type PublishingDeps, type ScopeContent } from './scope-content.js';

/**
 * Markdown (`markdown`): the same content as the website (scope-content.ts), as CommonMark
 * files any Markdown reader or static-site generator takes:
 *
 *   index.md                   the partnership, schools, licence, visits with their posts, every
 *                              file linked, the credits
 *   posts/<name>.md            each published post (its published version)
 *   documents/<name>.md        each document
 *   boards/<name>.svg          each board as SVG (its pictures linked as ../files/…)
 *   files/<uploadId>-<w>.webp  the picture variants the files use, and no others
 *
 * Content is written by @kopa/render (no raw HTML ever); the words Kopa adds (titles, names)
 * are escaped here so none of them reads as Markdown or HTML.
 */
export function markdownFormat(deps: PublishingDeps): ExportFormat {
  return {
    name: 'markdown',
    scopes: ['partnership', 'space'],
    produce: (scope, progress, options) => produceMarkdown(deps, scope, progress, options),
  };
}

async function* produceMarkdown(deps: PublishingDeps, scope: ExportScope, progress: ExportProgress, options: ExportOptions): AsyncGenerator<ExportEntry> {
  const content = await readScopeContent(deps, scope, progress, 1);
  const writer = new MarkdownWriter(content, options.locale, deps);
  const pictures = new Map<string, { uploadId: string; width: number }>();
  const step = async () => {
    progress.advance();
    await yieldToEventLoop();
    progress.signal.throwIfAborted();
  };
  const file = (path: string, text: string): ExportEntry => {
    collectPictures(text, pictures);
    return { path, bytes: Buffer.from(text) };
  };

  const glossaryFiles = content.glossary.length > 0 ? 1 : 0;
  progress.setTotal(content.items.length * 2 + 1 + glossaryFiles);
  for (const item of content.items) {
    yield file(writer.pathOf(item), writer.itemFile(item));
    await step();
  }
  if (glossaryFiles > 0) {
    yield file('glossary.md', writer.glossaryFile());
    await step();
  }
  yield file('index.md', writer.index());
  await step();
  progress.setTotal(content.items.length * 2 + 1 + glossaryFiles + pictures.size);
  yield* pictureEntries(deps.filesDir, pictures, step);
}

/** Backslash before every ASCII punctuation mark (CommonMark's escapes), lines joined: plain text in any reader. */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, '\\$&')
    .trim();
}

class MarkdownWriter {
  private readonly t: Translate;
  private readonly formatDate: (time: number) => string;
  private readonly formatDateRange: (from: number, to: number) => string;
  private readonly names: Map<string, string>;

  constructor(
    private readonly content: ScopeContent,
    private readonly locale: Locale,
    private readonly deps: Pick<PublishingDeps, 'uploads'>,
  ) {
    ({ t: this.t, formatDate: this.formatDate, formatDateRange: this.formatDateRange } = exportWords(locale));
    this.names = itemFileNames(content.items);
  }

  pathOf(item: ExportedItem): string {
    return `${ITEM_FOLDERS[item.type]}/${this.names.get(item.id)!}.${item.type === 'board' ? 'svg' : 'md'}`;
  }

  itemFile(item: ExportedItem): string {
    const imageUrl = exportImageUrl(this.deps.uploads, this.content.partnership.id, this.content.withheldPictures, '../');
    const { t } = this;
    if (item.type === 'board') {
      return item.content.boardState
        ? renderBoardSvg(item.content.boardState, { imageUrl, title: t('showcase.public.board', { title: item.title }) }).svg
        : '<svg xmlns="http://www.w3.org/2000/svg"/>';
    }
    const lines = [`# ${markdownText(item.title)}`, ''];
    const byline = this.byline(item);
    if (byline) lines.push(`*${byline}*`, '');
    if (item.post?.cover) {
      const width = item.post.cover.variants.map((variant) => variant.width).filter((each) => each <= 1280).at(-1) ?? item.post.cover.width;
      const src = imageUrl(item.post.cover.id, width);
      if (src !== '') lines.push(`![${markdownText(item.post.coverAlt)}](${src})`, '');
    }
    const versions = item.post?.translations ?? [];
    if (versions.length === 0) {
      lines.push(renderDocumentMarkdown(item.content.document, { imageUrl, headingOffset: 1, missingAltText: t('showcase.public.missingAlt') }).trimEnd(), '');
    } else {
      // Parallel texts: a section per language, the original first, each headed with the language's own name.
      const sections = [{ language: item.post!.language, document: item.content.document }, ...versions.map((version) => ({ language: version.language, document: version.content.document }))];
      const names = sections.map((section) => languageOwnName(section.language));
      lines.push(`*${markdownText(t('parallelTexts.page.languages', { languages: names.join(', ') }))}*`, '');
      sections.forEach((section, index) => {
        lines.push(`## ${markdownText(names[index]!)}`, '');
        lines.push(renderDocumentMarkdown(section.document, { imageUrl, headingOffset: 2, missingAltText: t('showcase.public.missingAlt') }).trimEnd(), '');
      });
    }
    lines.push('---', '', this.licenceLine('../'), '');
    return lines.join('\n');
  }

  index(): string {
    const { t } = this;
    const { partnership, schools, items, space } = this.content;
    const lines = [`# ${markdownText(partnership.title)}`, ''];
    const facts: string[] = [];
    if (partnership.referenceCode) facts.push(t('showcase.public.reference', { code: partnership.referenceCode }));
    if (partnership.startDate && partnership.endDate) facts.push(this.formatDateRange(Date.parse(partnership.startDate), Date.parse(partnership.endDate)));
    if (facts.length > 0) lines.push(markdownText(facts.join(' · ')), '');
    if (partnership.themes.length > 0) lines.push(markdownText(t('showcase.public.themes', { themes: partnership.themes.join(', ') })), '');
    if (space) lines.push(`**${markdownText(t('exports.site.space', { title: space.title }))}**`, '');
    lines.push(this.licenceLine(''), '');

    lines.push(`## ${markdownText(t('showcase.public.schools'))}`, '');
    for (const school of schools) lines.push(`- ${markdownText(`${school.name} (${countryName(school.country, this.locale)})`)}`);
    lines.push('');

    const posts = items.filter((item) => item.post !== null);
    const shown = new Set<string>();
    if (this.content.mobilities.length > 0) {
      lines.push(`## ${markdownText(t('exports.site.timeline'))}`, '');
      for (const mobility of this.content.mobilities) {
        lines.push(`### ${markdownText(mobility.title || mobility.city)}`, '');
        lines.push(markdownText(this.formatDateRange(Date.parse(mobility.startDate), Date.parse(mobility.endDate))), '');
        const ofVisit = posts.filter((item) => item.post!.mobilityId === mobility.id);
        for (const phase of [...POST_PHASES, null]) {
          const inPhase = ofVisit.filter((item) => item.post!.phase === phase);
          if (inPhase.length === 0) continue;
          const heading = phase ? t(`blog.phase.${phase}`, { city: mobility.city }) : t('blog.phase.any', { city: mobility.city });
          lines.push(`#### ${markdownText(heading)}`, '');
          for (const item of inPhase) {
            shown.add(item.id);
            lines.push(this.entry(item));
          }
          lines.push('');
        }
      }
    }

    const groups = [
      { heading: t('showcase.public.posts'), entries: posts.filter((item) => !shown.has(item.id)), title: shown.size > 0 ? t('exports.site.otherPosts') : null },
      { heading: t('showcase.public.docs'), entries: items.filter((item) => item.type === 'doc'), title: null },
      { heading: t('showcase.public.boards'), entries: items.filter((item) => item.type === 'board'), title: null },
    ];
    for (const group of groups) {
      if (group.entries.length === 0) continue;
      lines.push(`## ${markdownText(group.title ?? group.heading)}`, '');
      for (const item of group.entries) lines.push(this.entry(item));
      lines.push('');
    }

    if (this.content.glossary.length > 0) {
      lines.push(`## ${markdownText(t('glossary.public.title'))}`, '', `[${markdownText(t('glossary.public.link', { count: this.content.glossary.length }))}](glossary.md)`, '');
    }

    lines.push(`## ${markdownText(t('exports.site.credits'))}`, '', markdownText(t('exports.site.creditsRule')), '');
    for (const credit of this.content.credits) lines.push(`- ${markdownText(creditsText({ t, locale: this.locale }, [credit]))}`);
    lines.push('');
    return lines.join('\n');
  }

  /** The approved glossary as a table: a column per language (named in itself), a row per term, alphabetical. */
  glossaryFile(): string {
    const { t } = this;
    const { glossary, partnership } = this.content;
    const present = new Set(glossary.flatMap((term) => Object.keys(term.translations)));
    const languages = [...partnership.languages.filter((language) => present.has(language)), ...[...present].filter((language) => !partnership.languages.includes(language)).sort()];
    const imageUrl = exportImageUrl(this.deps.uploads, partnership.id, this.content.withheldPictures, '');
    const pictureOf = (term: (typeof glossary)[number]) => {
      const width = term.picture?.variants[0]?.width;
      const src = term.picture && width ? imageUrl(term.picture.id, width) : '';
      return src === '' ? '' : `![${markdownText(term.pictureAlt)}](${src})`;
    };
    const withPictures = glossary.some((term) => pictureOf(term) !== '');
    const header = [...languages.map(languageOwnName), ...(withPictures ? [t('glossary.public.picture')] : [])];
    const rows = sortGlossaryTerms(glossary, this.locale).map((term) => [
      ...languages.map((language) => markdownText(term.translations[language] ?? '')),
      ...(withPictures ? [pictureOf(term)] : []),
    ]);
    const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [
      `# ${markdownText(t('glossary.public.title'))}`,
      '',
      markdownText(t('glossary.public.intro')),
      '',
      row(header.map(markdownText)),
      row(header.map(() => '---')),
      ...rows.map(row),
      '',
      '---',
      '',
      this.licenceLine(''),
      '',
    ].join('\n');
  }

  private entry(item: ExportedItem): string {
    const byline = this.byline(item);
    return `- [${markdownText(item.title)}](${this.pathOf(item)})${byline ? ` — ${byline}` : ''}`;
  }

  private byline(item: ExportedItem): string {
    const { t } = this;
    return [
      item.credits.length > 0 ? t('showcase.public.by', { people: creditsText({ t, locale: this.locale }, item.credits) }) : '',
      item.post ? t('showcase.public.published', { date: this.formatDate(item.post.publishedAt) }) : '',
    ]
      .filter(Boolean)
      .map(markdownText)
      .join(' · ');
  }

  private licenceLine(depth: '' | '../'): string {
    const licence = licenceInfo(this.content.partnership.licence);
    const home = depth === '' ? '' : ` · [${markdownText(this.content.partnership.title)}](${depth}index.md)`;
    return `${markdownText(this.t('showcase.public.licence'))}: [${markdownText(licence.name)}](${licence.url})${home}`;
  }
}
