import { ContentString, ContentType, Map as YMap, XmlText, type Doc, type Item, type XmlElement } from 'yjs';

/** A stretch of visible text typed by one Yjs client. */
export interface AuthorshipRun {
  text: string;
  clientId: number;
}

/** One block of text (paragraph, heading, quote, list item) in document order. */
export interface AuthorshipBlock {
  /** The Lexical node type of the block, e.g. `paragraph`, `heading`, `listitem`. */
  type: string;
  runs: AuthorshipRun[];
}

/** Element types that hold blocks rather than text: the root holds blocks, a list holds list items. */
const CONTAINER_TYPES: ReadonlySet<string> = new Set(['root', 'list']);

/**
 * Who typed which visible text, read straight from the Yjs structure @lexical/yjs
 * writes: the root `XmlText` embeds one `XmlText` per element; inside an element a
 * text node is a `Y.Map` of its properties followed by its strings, a line break is
 * a `Y.Map` of type `linebreak`, a decorator (image) an `XmlElement`. Every string
 * item carries the client id that inserted it. Deleted text is skipped, adjacent
 * runs of one client are merged. Pure: the doc is only read.
 */
export function authorshipRuns(doc: Doc): AuthorshipBlock[] {
  const blocks: AuthorshipBlock[] = [];
  walkContainer(doc.get('root', XmlText), blocks);
  return blocks;
}

/** The plain text of the blocks, one line per block. */
export function authorshipText(blocks: readonly AuthorshipBlock[]): string {
  return blocks.map((block) => block.runs.map((run) => run.text).join('')).join('\n');
}

function walkContainer(container: XmlText, blocks: AuthorshipBlock[]): void {
  for (const item of liveItems(container)) {
    const child = embeddedElement(item);
    if (!child) continue;
    if (CONTAINER_TYPES.has(nodeType(child))) walkContainer(child, blocks);
    else walkBlock(child, blocks);
  }
}

function walkBlock(element: XmlText, blocks: AuthorshipBlock[]): void {
  const block: AuthorshipBlock = { type: nodeType(element), runs: [] };
  const index = blocks.length;
  blocks.push(block);
  const nestedBlocks = collectInline(element, block, blocks);
  // A list item that only wraps a nested list shows no line of its own.
  if (nestedBlocks && block.runs.length === 0) blocks.splice(index, 1);
}

/** Adds the element's text (and that of inline elements such as links) to `block`; true when it held nested blocks. */
function collectInline(element: XmlText, block: AuthorshipBlock, blocks: AuthorshipBlock[]): boolean {
  let nestedBlocks = false;
  for (const item of liveItems(element)) {
    const content = item.content;
    if (content instanceof ContentString) {
      addRun(block, content.str, item.id.client);
      continue;
    }
    if (!(content instanceof ContentType)) continue;
    const type = content.type;
    if (type instanceof XmlText) {
      if (CONTAINER_TYPES.has(nodeType(type))) {
        nestedBlocks = true;
        walkContainer(type, blocks);
      } else if (collectInline(type, block, blocks)) {
        nestedBlocks = true;
      }
    } else if (type instanceof YMap && type.get('__type') === 'linebreak') {
      addRun(block, '\n', item.id.client);
    }
    // Other maps are a text node's properties; XmlElements are decorators without text.
  }
  return nestedBlocks;
}

function addRun(block: AuthorshipBlock, text: string, clientId: number): void {
  const last = block.runs[block.runs.length - 1];
  if (last && last.clientId === clientId) last.text += text;
  else block.runs.push({ text, clientId });
}

function* liveItems(type: XmlText): Generator<Item> {
  for (let item = type._start; item !== null; item = item.right) {
    if (!item.deleted) yield item;
  }
}

function embeddedElement(item: Item): XmlText | null {
  const content = item.content;
  return content instanceof ContentType && content.type instanceof XmlText ? content.type : null;
}

function nodeType(element: XmlText | XmlElement): string {
  const type = element.getAttribute('__type') as unknown;
  return typeof type === 'string' ? type : '';
}
