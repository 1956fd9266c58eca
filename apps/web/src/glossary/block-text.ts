/** A block's text as one string, and where each of its text nodes sits in it. */
export interface BlockText {
  text: string;
  pieces: { node: Text; start: number }[];
}

/** Elements whose text does not run on into the next: a separator keeps "end" + "start" from reading as one word. */
const BREAKS = new Set(['BR', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DIV', 'UL', 'OL']);

/**
 * The running text of one block of a Lexical document as it is drawn (what the reader sees), without
 * what is not text: pictures and other decorators (`contenteditable=false`) are skipped.
 */
export function readBlockText(block: HTMLElement): BlockText {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && (node.getAttribute('contenteditable') === 'false' || node.hasAttribute('data-lexical-decorator'))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  const pieces: BlockText['pieces'] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      pieces.push({ node: node as Text, start: text.length });
      text += (node as Text).data;
    } else if (BREAKS.has((node as Element).tagName)) {
      text += '\n';
    }
  }
  return { text, pieces };
}

/** A DOM range over `[start, end)` of a block's text (see readBlockText), or null when it cannot be placed. */
export function rangeOf(block: BlockText, start: number, end: number): Range | null {
  const from = pieceAt(block, start, false);
  const to = pieceAt(block, end, true);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, start - from.start);
  range.setEnd(to.node, end - to.start);
  return range;
}

/** The text node holding an offset: for an end offset, the one it ends in (a boundary belongs to the node before). */
function pieceAt(block: BlockText, offset: number, isEnd: boolean): BlockText['pieces'][number] | null {
  let low = 0;
  let high = block.pieces.length - 1;
  let found: BlockText['pieces'][number] | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const piece = block.pieces[middle]!;
    if (isEnd ? piece.start < offset : piece.start <= offset) {
      found = piece;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (!found || offset - found.start > found.node.data.length) return null;
  return found;
}
