const NAME = 'kopa-read-aloud';

/**
 * Marks the paragraph being read with the CSS Custom Highlight API: nothing in the page changes
 * (the editor's own DOM is Lexical's), the browser only paints it (`::highlight(kopa-read-aloud)`).
 * Browsers without the API show no highlight; the reading goes on. The paragraph is scrolled into
 * view, smoothly unless the reader asked for less motion.
 */
export function highlightBlock(block: Element | null): void {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  if (!block) {
    registry?.delete(NAME);
    return;
  }
  if (registry && typeof Highlight !== 'undefined') {
    const range = block.ownerDocument.createRange();
    range.selectNodeContents(block);
    registry.set(NAME, new Highlight(range));
  }
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  block.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
}
