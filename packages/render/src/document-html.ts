import type { SerializedEditorState } from 'lexical';
import { escapeHtml } from './escape.js';
import { defaultImageUrl, pictureOf, type ImageUrl } from './images.js';
import {
  childrenOf,
  hasFormat,
  headingLevel,
  INLINE_TYPES,
  listItems,
  listKind,
  listStart,
  MAX_DEPTH,
  plainText,
  rootOf,
  stringField,
  type JsonNode,
} from './lexical-json.js';
import { sanitizeHtml } from './sanitize.js';
import { languageTag, safeUrl } from './urls.js';

/** A document's or post's content: serialized Lexical JSON (`readDocumentContent` reads it from a Yjs state). */
export type DocumentContent = SerializedEditorState;

export interface DocumentRenderOptions {
  /** Where pictures are found (default: the server's `/files/<id>/<width>.webp`). */
  imageUrl?: ImageUrl;
  /** The content's language (`lv`), written as `lang` on the fragment. */
  lang?: string;
  /** Moves headings down, e.g. 1 when the page's own title is the h1 (h1 → h2); never past h6. */
  headingOffset?: number;
  /** The `alt` of a picture nobody described yet (default ''): `alt` is always written. */
  missingAltText?: string;
  /** The pictures' `sizes` (default: the reading column, 46rem, or the whole width below it). */
  imageSizes?: string;
}

interface Context {
  imageUrl: ImageUrl;
  headingOffset: number;
  missingAltText: string;
  imageSizes: string;
}

export const DEFAULT_IMAGE_SIZES = '(max-width: 46rem) 100vw, 46rem';

/**
 * A document's content as a safe HTML fragment: `<div class="kopa-document" lang="…">`
 * holding paragraphs, headings, quotes, lists, links, text formats and pictures
 * (`<figure><img srcset sizes alt width height></figure>`). Unknown node types give
 * their text only; nothing of the JSON is ever written as markup. The result has
 * passed `sanitizeHtml`.
 */
export function renderDocumentHtml(content: DocumentContent | unknown, options: DocumentRenderOptions = {}): string {
  const context: Context = {
    imageUrl: options.imageUrl ?? defaultImageUrl,
    headingOffset: Math.max(0, Math.min(5, Math.trunc(options.headingOffset ?? 0))),
    missingAltText: options.missingAltText ?? '',
    imageSizes: options.imageSizes ?? DEFAULT_IMAGE_SIZES,
  };
  const root = rootOf(content);
  // The content's highest heading goes just below the page's title: text that starts at h2 is not pushed to h3,
  // which would leave a level out of the page's outline (screen readers list headings by level).
  const levels = root ? childrenOf(root).filter((node) => node.type === 'heading').map(headingLevel).filter((level) => level !== null) : [];
  if (levels.length > 0) context.headingOffset = Math.max(0, context.headingOffset - (Math.min(...levels) - 1));
  const body = root ? renderBlocks(childrenOf(root), context, 1) : '';
  const lang = languageTag(options.lang);
  const html = `<div class="kopa-document"${lang ? ` lang="${lang}"` : ''}>${body}</div>`;
  return sanitizeHtml(html);
}

/** Blocks in order; inline nodes found among them are gathered into paragraphs. */
function renderBlocks(nodes: readonly JsonNode[], context: Context, depth: number): string {
  let html = '';
  let strayInline: JsonNode[] = [];
  const flush = () => {
    const inline = renderInline(strayInline, context, depth, false);
    if (inline.trim() !== '') html += `<p>${inline}</p>`;
    strayInline = [];
  };
  for (const node of nodes) {
    if (INLINE_TYPES.has(node.type)) {
      strayInline.push(node);
      continue;
    }
    flush();
    html += renderBlock(node, context, depth);
  }
  flush();
  return html;
}

function renderBlock(node: JsonNode, context: Context, depth: number): string {
  if (depth > MAX_DEPTH) return paragraphOfText(node);
  const children = childrenOf(node);
  switch (node.type) {
    case 'paragraph': {
      const inline = renderInline(children, context, depth + 1, false);
      return inline.trim() === '' ? '' : `<p${blockAttributes(node)}>${inline}</p>`;
    }
    case 'heading': {
      const level = headingLevel(node);
      const inline = renderInline(children, context, depth + 1, false);
      if (inline.trim() === '') return '';
      if (level === null) return `<p${blockAttributes(node)}>${inline}</p>`;
      const tag = `h${Math.min(6, level + context.headingOffset)}`;
      return `<${tag}${blockAttributes(node)}>${inline}</${tag}>`;
    }
    case 'quote': {
      const inline = renderInline(children, context, depth + 1, false);
      return inline.trim() === '' ? '' : `<blockquote${blockAttributes(node)}><p>${inline}</p></blockquote>`;
    }
    case 'list':
      return renderList(node, context, depth);
    case 'image':
      return renderPicture(node, context, true);
    default:
      // An element Kopa does not know (a future node, or a crafted `html` node): its text, never its fields.
      return renderBlocks(children, context, depth + 1);
  }
}

function renderList(list: JsonNode, context: Context, depth: number): string {
  if (depth > MAX_DEPTH) return paragraphOfText(list);
  const kind = listKind(list);
  const items = listItems(list)
    .map((item) => {
      const mark = kind === 'check' && item.checked !== null ? (item.checked ? '☑ ' : '☐ ') : '';
      const inline = renderInline(item.inline, context, depth + 2, false);
      const nested = item.lists.map((nestedList) => renderList(nestedList, context, depth + 2)).join('');
      return `<li>${mark}${inline}${nested}</li>`;
    })
    .join('');
  if (items === '') return '';
  if (kind === 'number') {
    const start = listStart(list);
    return `<ol${start !== 1 ? ` start="${start}"` : ''}${blockAttributes(list)}>${items}</ol>`;
  }
  const checklist = kind === 'check' ? ' class="kopa-checklist"' : '';
  return `<ul${checklist}${kind === 'check' ? '' : blockAttributes(list)}>${items}</ul>`;
}

function renderInline(nodes: readonly JsonNode[], context: Context, depth: number, inLink: boolean): string {
  let html = '';
  for (const node of nodes) {
    if (depth > MAX_DEPTH) {
      html += escapeHtml(plainText(node));
      continue;
    }
    switch (node.type) {
      case 'text':
        html += renderText(node);
        break;
      case 'linebreak':
        html += '<br>';
        break;
      case 'tab':
        html += '\t';
        break;
      case 'link':
      case 'autolink':
        html += renderLink(node, context, depth, inLink);
        break;
      case 'image':
        html += renderPicture(node, context, false);
        break;
      case 'language-span':
        html += renderLanguageSpan(node, context, depth, inLink);
        break;
      default:
        // Blocks out of place and unknown elements: their inline content, in place.
        html += renderInline(childrenOf(node), context, depth + 1, inLink);
    }
  }
  return html;
}

function renderText(node: JsonNode): string {
  const text = stringField(node, 'text');
  if (text === '') return '';
  let html = escapeHtml(text);
  if (hasFormat(node, 'code')) html = `<code>${html}</code>`;
  if (hasFormat(node, 'subscript')) html = `<sub>${html}</sub>`;
  else if (hasFormat(node, 'superscript')) html = `<sup>${html}</sup>`;
  if (hasFormat(node, 'highlight')) html = `<mark>${html}</mark>`;
  if (hasFormat(node, 'strikethrough')) html = `<s>${html}</s>`;
  if (hasFormat(node, 'underline')) html = `<u>${html}</u>`;
  if (hasFormat(node, 'italic')) html = `<em>${html}</em>`;
  if (hasFormat(node, 'bold')) html = `<strong>${html}</strong>`;
  return html;
}

function renderLink(node: JsonNode, context: Context, depth: number, inLink: boolean): string {
  const inner = renderInline(childrenOf(node), context, depth + 1, true);
  const href = safeUrl(node.url, 'link');
  // A link inside a link, or one to a refused URL, keeps its text only.
  if (inLink || href === null || inner === '') return inner;
  const title = stringField(node, 'title').trim();
  const titleAttribute = title === '' ? '' : ` title="${escapeHtml(title)}"`;
  return `<a href="${escapeHtml(href)}" rel="ugc noopener noreferrer"${titleAttribute}>${inner}</a>`;
}

/** A passage in another language: `<span lang>`, so screen readers and hyphenation follow it; only a well-formed tag is written. */
function renderLanguageSpan(node: JsonNode, context: Context, depth: number, inLink: boolean): string {
  const inner = renderInline(childrenOf(node), context, depth + 1, inLink);
  const lang = languageTag(node.lang);
  return lang && inner !== '' ? `<span lang="${lang}">${inner}</span>` : inner;
}

function renderPicture(node: JsonNode, context: Context, asBlock: boolean): string {
  const picture = pictureOf(node, context.imageUrl);
  if (!picture) return '';
  const alt = picture.altText !== '' ? picture.altText : context.missingAltText;
  const size = picture.height > 0 ? ` width="${picture.width}" height="${picture.height}"` : '';
  const img =
    `<img src="${escapeHtml(picture.src)}" srcset="${escapeHtml(picture.srcset)}" sizes="${escapeHtml(context.imageSizes)}"` +
    `${size} alt="${escapeHtml(alt)}" loading="lazy" decoding="async">`;
  return asBlock ? `<figure class="kopa-image">${img}</figure>` : img;
}

const ALIGNMENTS = new Set(['left', 'center', 'right', 'justify', 'start', 'end']);

/** `dir` for right-to-left blocks and a class for a block's alignment (style attributes are never written). */
function blockAttributes(node: JsonNode): string {
  const format = node.format;
  const align = typeof format === 'string' && ALIGNMENTS.has(format) ? ` class="kopa-align-${format}"` : '';
  const dir = node.direction === 'rtl' ? ' dir="rtl"' : '';
  return `${align}${dir}`;
}

function paragraphOfText(node: JsonNode): string {
  const text = plainText(node);
  return text.trim() === '' ? '' : `<p>${escapeHtml(text)}</p>`;
}
