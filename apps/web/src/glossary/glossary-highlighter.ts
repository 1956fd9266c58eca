import { readBlockText, rangeOf } from './block-text';
import { findGlossaryTerms, type GlossaryIndex } from './glossary-matcher';

/** A glossary term found in the text: where it is drawn, and which term. */
export interface FoundTerm {
  range: Range;
  termId: string;
}

/** The CSS Custom Highlight every glossary highlighter of the page adds its ranges to (`::highlight(kopa-glossary)`). */
export const GLOSSARY_HIGHLIGHT = 'kopa-glossary';
/** The term whose card is open. */
export const GLOSSARY_ACTIVE_HIGHLIGHT = 'kopa-glossary-active';

/** The page's highlight of that name (made on first use), or null where the browser has no Custom Highlight API. */
export function sharedHighlight(name: string): Highlight | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    // The open term's mark is drawn over the others.
    if (name === GLOSSARY_ACTIVE_HIGHLIGHT) highlight.priority = 1;
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}

/** Blocks this far above and below the screen keep their marks, so scrolling shows them already drawn. */
const DRAWN_MARGIN = '100% 0px';

/**
 * Marks the glossary's terms in one rendered text (a Lexical root) without touching it: the terms are
 * DOM ranges in a CSS Custom Highlight, so neither the DOM nor the document (nor its Yjs state) changes.
 * Work is per top-level block: after typing only the blocks that changed are read again.
 *
 * Only the ranges of blocks on or near the screen are in the highlight: chromium draws every range of a
 * highlight again after any change to the DOM (each keystroke), so a long text with its terms all
 * registered made typing slow. The others are known (for the list of the text's words) but not drawn.
 */
export class GlossaryHighlighter {
  private index: GlossaryIndex = { keys: new Map(), maxWords: 0, edged: false };
  private readonly blocks = new Map<Element, FoundTerm[]>();
  /** Blocks with terms that are on or near the screen: their ranges are in the highlight. */
  private readonly shown = new Set<Element>();
  private readonly highlight = sharedHighlight(GLOSSARY_HIGHLIGHT);
  private readonly nearScreen: IntersectionObserver | null;

  constructor(private readonly root: HTMLElement) {
    this.nearScreen =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            for (const entry of entries) {
              const found = this.blocks.get(entry.target);
              if (!found) continue;
              if (entry.isIntersecting) this.show(entry.target, found);
              else this.hide(entry.target, found);
            }
          }, { rootMargin: DRAWN_MARGIN });
  }

  /** New terms: every block is read again. */
  setIndex(index: GlossaryIndex): void {
    this.index = index;
    this.rescan([...this.root.children]);
  }

  /** Reads these blocks again (children of the root; others are ignored) and forgets blocks no longer in the text. */
  rescan(blocks: readonly Element[]): void {
    for (const [block, found] of this.blocks) {
      if (block.parentElement !== this.root) this.forget(block, found);
    }
    for (const block of blocks) {
      if (block.parentElement !== this.root || !(block instanceof HTMLElement)) continue;
      const text = readBlockText(block);
      const found: FoundTerm[] = [];
      for (const match of findGlossaryTerms(text.text, this.index)) {
        const range = rangeOf(text, match.start, match.end);
        if (range) found.push({ range, termId: match.termId });
      }
      const before = this.blocks.get(block);
      if (found.length === 0) {
        if (before) this.forget(block, before);
        continue;
      }
      this.blocks.set(block, found);
      if (before) {
        // Still watched: a block on screen shows its new marks at once.
        if (this.shown.has(block)) this.swap(before, found);
      } else if (this.nearScreen) {
        // Drawn once the observer says it is on or near the screen (its first report comes with the next frame).
        this.nearScreen.observe(block);
      } else {
        this.show(block, found);
      }
    }
  }

  /** The terms of the text in reading order, each once. */
  termIds(): string[] {
    const ordered = [...this.root.children].flatMap((block) => this.blocks.get(block) ?? []);
    return [...new Set(ordered.map((found) => found.termId))];
  }

  /** The term drawn under a point of the screen (a pointer over the text), if any. */
  termAt(target: EventTarget | null, x: number, y: number): FoundTerm | null {
    let block = target instanceof Node ? (target instanceof Element ? target : target.parentElement) : null;
    while (block && block.parentElement !== this.root) block = block.parentElement;
    const found = block ? this.blocks.get(block) : undefined;
    if (!found) return null;
    return found.find((each) => [...each.range.getClientRects()].some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)) ?? null;
  }

  /** The first place a term is drawn (for its card to point at). */
  firstOf(termId: string): FoundTerm | null {
    for (const block of this.root.children) {
      const found = this.blocks.get(block)?.find((each) => each.termId === termId);
      if (found) return found;
    }
    return null;
  }

  /** Takes every mark off (the text is going away, or the highlighter is replaced). */
  dispose(): void {
    for (const [block, found] of this.blocks) this.forget(block, found);
    this.nearScreen?.disconnect();
  }

  private forget(block: Element, found: readonly FoundTerm[]): void {
    this.hide(block, found);
    this.nearScreen?.unobserve(block);
    this.blocks.delete(block);
  }

  private show(block: Element, found: readonly FoundTerm[]): void {
    this.shown.add(block);
    for (const each of found) this.highlight?.add(each.range);
  }

  private hide(block: Element, found: readonly FoundTerm[]): void {
    this.shown.delete(block);
    for (const each of found) this.highlight?.delete(each.range);
  }

  private swap(before: readonly FoundTerm[], after: readonly FoundTerm[]): void {
    for (const each of before) this.highlight?.delete(each.range);
    for (const each of after) this.highlight?.add(each.range);
  }
}
