import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { schemeOf } from './html-safety.js';

/** Markdown as a CommonMark reader (micromark, with GFM strikethrough) reads it. */
export function readMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfmStrikethrough()], mdastExtensions: [gfmStrikethroughFromMarkdown()] });
}

/** What a Markdown reader would turn into markup that can run: raw HTML, and link, image or definition URLs with another scheme than http(s)/mailto. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  const stack: Nodes[] = [readMarkdown(markdown)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'html') problems.push(`raw HTML: ${node.value}`);
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const scheme = schemeOf(node.url);
      if (scheme !== null && !['http', 'https', 'mailto'].includes(scheme)) problems.push(`${scheme}: URL in ${node.type}: ${node.url}`);
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return problems;
}

/** The text a reader shows (breaks as newlines). */
export function markdownText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map((child) => markdownText(child as Nodes)).join('') : '';
}
