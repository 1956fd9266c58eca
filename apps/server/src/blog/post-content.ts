/**
 * A post's plain text, read from its serialized Lexical content (readDocumentContent's
 * output) on the server: what search indexes and blog excerpts show.
 */

interface SerializedNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

function childrenOf(node: SerializedNode): SerializedNode[] {
  return Array.isArray(node.children) ? (node.children as SerializedNode[]) : [];
}

function rootOf(content: unknown): SerializedNode {
  const root = (content as { root?: unknown } | null)?.root;
  return typeof root === 'object' && root !== null ? (root as SerializedNode) : {};
}

function inlineText(node: SerializedNode): string {
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  // List items are lines of their own, or "one" and "two" would read "onetwo".
  return childrenOf(node).map(inlineText).join(node.type === 'list' ? '\n' : '');
}

/** The text of every top-level block (paragraph, heading, list, quote), one per line. */
export function contentText(content: unknown): string {
  return childrenOf(rootOf(content))
    .map(inlineText)
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/** The first words of a text, whitespace collapsed, cut at a word boundary. */
export function excerptOf(text: string, maxLength = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
