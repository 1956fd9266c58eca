/**
 * Parallel texts: a post and its versions in other languages, side by side, paragraph next to
 * paragraph. Works on serialized Lexical JSON (readDocumentContent's output), so the web's reader
 * and the server's pages (@kopa/render) pair blocks the same way, with no editor.
 *
 * Top-level blocks with words are paired by their index among such blocks: the third paragraph of
 * the original sits beside the third of each version, and the longer version's extra paragraphs
 * go on alone. Empty paragraphs count for nothing (one writer's extra Enter must not shift the
 * rest). A block that only holds pictures (they usually stay with the original) spans the row
 * where it stands, so it pushes no column's text out of line.
 */

interface JsonNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

/** One row of the aligned text: a block of each column (null where a column has run out), or a picture block across. */
export type ParallelRow =
  | { kind: 'aligned'; /** 0-based, counting only blocks with words. */ index: number; cells: (unknown | null)[] }
  | { kind: 'across'; /** The column it comes from (0: the first content given). */ column: number; block: unknown };

/** How deep the JSON is walked: beyond this a block counts as text (never as nothing). */
const MAX_DEPTH = 64;

function childrenOf(node: unknown): unknown[] {
  const children = (node as JsonNode | null)?.children;
  return Array.isArray(children) ? children : [];
}

/** The top-level blocks of a serialized editor state (`{root: {children}}`). */
export function topLevelBlocks(content: unknown): unknown[] {
  const root = (content as { root?: unknown } | null)?.root;
  return typeof root === 'object' && root !== null ? childrenOf(root) : [];
}

/** What a block holds: words, only pictures, or nothing at all. */
export function blockKind(block: unknown): 'text' | 'pictures' | 'empty' {
  let pictures = false;
  const stack: { node: unknown; depth: number }[] = [{ node: block, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const node = entry.node as JsonNode | null;
    if (typeof node !== 'object' || node === null) continue;
    if (entry.depth > MAX_DEPTH) return 'text';
    if (typeof node.text === 'string' && node.text.trim() !== '') return 'text';
    if (node.type === 'image') pictures = true;
    for (const child of childrenOf(node)) stack.push({ node: child, depth: entry.depth + 1 });
  }
  return pictures ? 'pictures' : 'empty';
}

/**
 * The rows of several contents side by side (the original first). Before the n-th row of words,
 * the picture blocks that stand before the n-th block of words in any column, column by column.
 */
export function alignParallelBlocks(contents: readonly unknown[]): ParallelRow[] {
  const columns = contents.map((content) => {
    const texts: unknown[] = [];
    // before[n]: the picture blocks standing before the n-th block of words (the last entry: after all of them).
    const before: unknown[][] = [[]];
    for (const block of topLevelBlocks(content)) {
      const kind = blockKind(block);
      if (kind === 'text') {
        texts.push(block);
        before.push([]);
      } else if (kind === 'pictures') {
        before[before.length - 1]!.push(block);
      }
    }
    return { texts, before };
  });
  const rows: ParallelRow[] = [];
  const longest = Math.max(0, ...columns.map((column) => column.texts.length));
  for (let index = 0; index <= longest; index++) {
    columns.forEach((column, columnIndex) => {
      for (const block of column.before[index] ?? []) rows.push({ kind: 'across', column: columnIndex, block });
    });
    if (index < longest) rows.push({ kind: 'aligned', index, cells: columns.map((column) => column.texts[index] ?? null) });
  }
  return rows;
}

/** A serialized editor state holding one block of `content` (to draw it on its own, read-only). */
export function singleBlockContent(content: unknown, block: unknown): unknown {
  const root = (content as { root?: Record<string, unknown> } | null)?.root ?? { type: 'root', version: 1, format: '', indent: 0, direction: null };
  return { root: { ...root, children: [block] } };
}
