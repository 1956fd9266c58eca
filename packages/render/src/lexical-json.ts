/**
 * Reading serialized Lexical JSON that may come from anywhere: a stored version,
 * a backup being restored, a client's raw Yjs writes read back through a headless
 * editor. Nothing is trusted: every field is checked for its kind when read, and
 * unknown node types are never interpreted (only their children's text is kept).
 */

/** A node as found in the JSON: an object with a string `type`. */
export interface JsonNode {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** How deep renderers follow the tree; below that a subtree is kept as plain text. */
export const MAX_DEPTH = 64;

export function asNode(value: unknown): JsonNode | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' ? (value as JsonNode) : null;
}

/** The root node of serialized editor state (`{ root }`), or of a bare root node. */
export function rootOf(content: unknown): JsonNode | null {
  const candidate = asNode((content as { root?: unknown } | null)?.root) ?? asNode(content);
  return candidate && candidate.type === 'root' ? candidate : null;
}

export function childrenOf(node: JsonNode): JsonNode[] {
  const children = node.children;
  if (!Array.isArray(children)) return [];
  const nodes: JsonNode[] = [];
  for (const child of children) {
    const childNode = asNode(child);
    if (childNode) nodes.push(childNode);
  }
  return nodes;
}

export function stringField(node: JsonNode, key: string): string {
  const value = node[key];
  return typeof value === 'string' ? value : '';
}

export function integerField(node: JsonNode, key: string): number | null {
  const value = node[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

/** Lexical's text format bits (lexical/src/LexicalConstants.ts). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 1 << 1,
  strikethrough: 1 << 2,
  underline: 1 << 3,
  code: 1 << 4,
  subscript: 1 << 5,
  superscript: 1 << 6,
  highlight: 1 << 7,
} as const;

export type TextFormat = keyof typeof TEXT_FORMAT;

export function hasFormat(node: JsonNode, format: TextFormat): boolean {
  const bits = integerField(node, 'format');
  return bits !== null && (bits & TEXT_FORMAT[format]) !== 0;
}

/** The Kopa element types that hold blocks or text; anything else with children is read as a plain container. */
export const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'image']);
export const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'language-span']);

/** A heading's level (1–6) from its `tag`, or null when the tag is not h1–h6. */
export function headingLevel(node: JsonNode): number | null {
  const match = /^h([1-6])$/.exec(stringField(node, 'tag'));
  return match ? Number(match[1]) : null;
}

export type ListKind = 'bullet' | 'number' | 'check';

export function listKind(node: JsonNode): ListKind {
  const value = node.listType;
  return value === 'number' || value === 'check' ? value : 'bullet';
}

/** An ordered list's first number, when it is a sensible one. */
export function listStart(node: JsonNode): number {
  const start = integerField(node, 'start');
  return start !== null && start >= 0 && start <= 1_000_000 ? start : 1;
}

/**
 * The text of a subtree, without following it recursively (for subtrees below
 * MAX_DEPTH and for unknown nodes). Line breaks and tabs become spaces.
 */
export function plainText(node: JsonNode): string {
  const parts: string[] = [];
  const stack: JsonNode[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.type === 'text') parts.push(stringField(current, 'text'));
    else if (current.type === 'linebreak' || current.type === 'tab') parts.push(' ');
    else if (current.type === 'image') parts.push(stringField(current, 'altText'));
    const children = childrenOf(current);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return parts.join('');
}

/** A list item's inline content and the lists nested in it (Lexical nests a list in an item of its own). */
export interface ListItemParts {
  inline: JsonNode[];
  lists: JsonNode[];
  checked: boolean | null;
}

export function listItemParts(item: JsonNode): ListItemParts {
  const inline: JsonNode[] = [];
  const lists: JsonNode[] = [];
  for (const child of childrenOf(item)) (child.type === 'list' ? lists : inline).push(child);
  const checked = item.checked;
  return { inline, lists, checked: typeof checked === 'boolean' ? checked : null };
}

/**
 * The items of a list with Lexical's nesting folded into HTML's and Markdown's:
 * an item holding only a nested list belongs to the item before it.
 */
export function listItems(list: JsonNode): ListItemParts[] {
  const items: ListItemParts[] = [];
  for (const child of childrenOf(list)) {
    const parts = child.type === 'listitem' ? listItemParts(child) : { inline: [child], lists: [], checked: null };
    const previous = items.at(-1);
    if (parts.inline.length === 0 && parts.lists.length > 0 && previous) previous.lists.push(...parts.lists);
    else items.push(parts);
  }
  return items;
}
