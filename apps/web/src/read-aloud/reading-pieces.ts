import { joinRuns, type ReadingPiece } from './reading-runs';

// The blocks a text is read by (and highlighted by), as Lexical and @kopa/render draw them.
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, dt, dd';

/**
 * The text shown in `root`, in reading order, piece by piece: each paragraph (heading, list item)
 * and, inside it, each passage marked with another language (`lang`), which the voice then reads
 * in that language. Text outside any `lang` inside `root` is in `language`.
 */
export function piecesOfElement(root: Element | null, language: string): ReadingPiece[] {
  if (!root) return [];
  const runs: ReadingPiece[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    const hidden = parent.closest('[aria-hidden="true"], [hidden]');
    if (hidden && root.contains(hidden)) continue;
    const block = parent.closest(BLOCKS);
    const marked = parent.closest('[lang]');
    const lang = marked && root.contains(marked) ? marked.getAttribute('lang') : null;
    runs.push({ text: (node as Text).data, lang: lang || language, block: block && root.contains(block) ? block : root });
  }
  return joinRuns(runs);
}

/** A plain text (a board note) in one language, as one piece. */
export function piecesOfText(text: string, language: string): ReadingPiece[] {
  return joinRuns([{ text, lang: language, block: null }]);
}
