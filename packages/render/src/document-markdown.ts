import type { BlockContent, Emphasis, Heading, List, ListItem, Paragraph, PhrasingContent, Root, Strong, Delete } from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { toMarkdown } from 'mdast-util-to-markdown';
import { cleanText } from './escape.js';
import { defaultImageUrl, pictureOf, type ImageUrl } from './images.js';
import type { DocumentContent } from './document-html.js';
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
import { safeUrl } from './urls.js';

export interface MarkdownRenderOptions {
  /** Where pictures are found, e.g. `files/<id>-<width>.webp` beside the Markdown file. */
  imageUrl?: ImageUrl;
  /** Moves headings down (h1 → h2 with 1); never past level 6. */
  headingOffset?: number;
  /** The description of a picture nobody described yet (default ''). */
  missingAltText?: string;
}

interface Context {
  imageUrl: ImageUrl;
  headingOffset: number;
  missingAltText: string;
}

/**
 * A document's content as CommonMark (with GFM strikethrough). The JSON is turned
 * into an mdast tree and written by mdast-util-to-markdown, which escapes whatever
 * text would otherwise read as Markdown or raw HTML: a pupil's `<script>` or `*`
 * stays text in every Markdown reader. No raw HTML node is ever produced; links
 * pass the same URL rule as HTML. Underline, highlight, sub- and superscript have
 * no Markdown and are written as plain text.
 */
export function renderDocumentMarkdown(content: DocumentContent | unknown, options: MarkdownRenderOptions = {}): string {
  const context: Context = {
    imageUrl: options.imageUrl ?? defaultImageUrl,
    headingOffset: Math.max(0, Math.min(5, Math.trunc(options.headingOffset ?? 0))),
    missingAltText: options.missingAltText ?? '',
  };
  const root = rootOf(content);
  const tree: Root = { type: 'root', children: root ? blocks(childrenOf(root), context, 1) : [] };
  if (tree.children.length === 0) return '';
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    listItemIndent: 'one',
    extensions: [gfmStrikethroughToMarkdown()],
  });
}

function blocks(nodes: readonly JsonNode[], context: Context, depth: number): BlockContent[] {
  const result: BlockContent[] = [];
  let strayInline: JsonNode[] = [];
  const flush = () => {
    const paragraph = paragraphOf(phrasing(strayInline, context, depth, false));
    if (paragraph) result.push(paragraph);
    strayInline = [];
  };
  for (const node of nodes) {
    if (INLINE_TYPES.has(node.type)) {
      strayInline.push(node);
      continue;
    }
    flush();
    result.push(...block(node, context, depth));
  }
  flush();
  return result;
}

function block(node: JsonNode, context: Context, depth: number): BlockContent[] {
  if (depth > MAX_DEPTH) return optional(paragraphOf([{ type: 'text', value: cleanText(plainText(node)) }]));
  const children = childrenOf(node);
  switch (node.type) {
    case 'paragraph':
      return optional(paragraphOf(phrasing(children, context, depth + 1, false)));
    case 'heading': {
      const content = trimmed(phrasing(children, context, depth + 1, false));
      if (!hasContent(content)) return [];
      const level = headingLevel(node);
      if (level === null) return [{ type: 'paragraph', children: content }];
      const heading: Heading = { type: 'heading', depth: Math.min(6, level + context.headingOffset) as Heading['depth'], children: content };
      return [heading];
    }
    case 'quote': {
      const paragraph = paragraphOf(phrasing(children, context, depth + 1, false));
      return paragraph ? [{ type: 'blockquote', children: [paragraph] }] : [];
    }
    case 'list':
      return optional(list(node, context, depth));
    case 'image':
      return optional(paragraphOf(optional(picture(node, context))));
    default:
      return blocks(children, context, depth + 1);
  }
}

function list(node: JsonNode, context: Context, depth: number): List | null {
  if (depth > MAX_DEPTH) return null;
  const kind = listKind(node);
  const items: ListItem[] = [];
  for (const item of listItems(node)) {
    const mark: PhrasingContent[] = kind === 'check' && item.checked !== null ? [{ type: 'text', value: item.checked ? '☑ ' : '☐ ' }] : [];
    const paragraph = paragraphOf([...mark, ...phrasing(item.inline, context, depth + 2, false)]);
    const nested = item.lists.map((nestedList) => list(nestedList, context, depth + 2)).filter((value) => value !== null);
    const children: BlockContent[] = [...optional(paragraph), ...nested];
    if (children.length > 0) items.push({ type: 'listItem', spread: false, children });
  }
  if (items.length === 0) return null;
  return kind === 'number'
    ? { type: 'list', ordered: true, start: listStart(node), spread: false, children: items }
    : { type: 'list', ordered: false, spread: false, children: items };
}

function phrasing(nodes: readonly JsonNode[], context: Context, depth: number, inLink: boolean): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  for (const node of nodes) {
    if (depth > MAX_DEPTH) {
      result.push({ type: 'text', value: cleanText(plainText(node)) });
      continue;
    }
    switch (node.type) {
      case 'text': {
        const formatted = text(node);
        if (formatted) result.push(formatted);
        break;
      }
      case 'linebreak':
        result.push({ type: 'break' });
        break;
      case 'tab':
        result.push({ type: 'text', value: '\t' });
        break;
      case 'link':
      case 'autolink': {
        const inner = phrasing(childrenOf(node), context, depth + 1, true);
        const url = safeUrl(node.url, 'link');
        if (inLink || url === null || inner.length === 0) {
          result.push(...inner);
        } else {
          const title = cleanText(stringField(node, 'title').trim());
          result.push({ type: 'link', url, title: title === '' ? null : title, children: merge(inner) });
        }
        break;
      }
      case 'image':
        result.push(...optional(picture(node, context)));
        break;
      default:
        result.push(...phrasing(childrenOf(node), context, depth + 1, inLink));
    }
  }
  return hoistSpaces(merge(result));
}

function text(node: JsonNode): PhrasingContent | null {
  const value = cleanText(stringField(node, 'text'));
  if (value === '') return null;
  let content: PhrasingContent = hasFormat(node, 'code') ? { type: 'inlineCode', value } : { type: 'text', value };
  if (hasFormat(node, 'strikethrough')) content = { type: 'delete', children: [content] };
  if (hasFormat(node, 'italic')) content = { type: 'emphasis', children: [content] };
  if (hasFormat(node, 'bold')) content = { type: 'strong', children: [content] };
  return content;
}

function picture(node: JsonNode, context: Context): PhrasingContent | null {
  const found = pictureOf(node, context.imageUrl);
  if (!found) return null;
  const alt = cleanText(found.altText !== '' ? found.altText : context.missingAltText);
  return { type: 'image', url: found.src, alt, title: null };
}

type Wrapper = Strong | Emphasis | Delete;

/** Joins neighbours of the same kind (`**a****b**` would read wrongly): texts, and strong/emphasis/delete runs. */
function merge(nodes: PhrasingContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = result.at(-1);
    if (previous?.type === 'text' && node.type === 'text') {
      result[result.length - 1] = { type: 'text', value: previous.value + node.value };
    } else if (previous && isWrapper(previous) && isWrapper(node) && previous.type === node.type) {
      result[result.length - 1] = { ...previous, children: merge([...previous.children, ...node.children]) } as Wrapper;
    } else {
      result.push(node);
    }
  }
  return result;
}

/**
 * Spaces at the edges of strong, emphasis and delete moved just outside them:
 * `**bold _both_**` rather than `**bol&#x64;_&#x20;both_**` (delimiters next to
 * spaces do not count in Markdown, so the writer would have to encode them).
 */
function hoistSpaces(nodes: PhrasingContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  for (const node of nodes) {
    if (!isWrapper(node)) {
      result.push(node);
      continue;
    }
    const children = hoistSpaces(node.children);
    const first = children[0];
    const lead = first?.type === 'text' ? (/^\s+/.exec(first.value)?.[0] ?? '') : '';
    if (lead !== '' && first?.type === 'text') children[0] = { type: 'text', value: first.value.slice(lead.length) };
    const last = children.at(-1);
    const trail = last?.type === 'text' ? (/\s+$/.exec(last.value)?.[0] ?? '') : '';
    if (trail !== '' && last?.type === 'text') children[children.length - 1] = { type: 'text', value: last.value.slice(0, last.value.length - trail.length) };
    const kept = children.filter((child) => !(child.type === 'text' && child.value === ''));
    if (lead !== '') result.push({ type: 'text', value: lead });
    if (kept.length > 0) result.push({ ...node, children: kept } as Wrapper);
    if (trail !== '') result.push({ type: 'text', value: trail });
  }
  return merge(result);
}

function isWrapper(node: PhrasingContent): node is Wrapper {
  return node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete';
}

/** Without line breaks at the ends (a trailing hard break would be written as a stray backslash). */
function trimmed(content: PhrasingContent[]): PhrasingContent[] {
  let start = 0;
  let end = content.length;
  while (start < end && content[start]!.type === 'break') start += 1;
  while (end > start && content[end - 1]!.type === 'break') end -= 1;
  return content.slice(start, end);
}

function hasContent(content: readonly PhrasingContent[]): boolean {
  return content.some((node) => node.type !== 'break' && !(node.type === 'text' && node.value.trim() === ''));
}

function paragraphOf(content: PhrasingContent[]): Paragraph | null {
  const children = trimmed(content);
  return hasContent(children) ? { type: 'paragraph', children } : null;
}

function optional<T>(value: T | null): T[] {
  return value === null ? [] : [value];
}
