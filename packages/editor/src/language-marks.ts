import { $getSelection, $isElementNode, $isRangeSelection, type ElementNode, type LexicalNode } from 'lexical';
import { isLanguageTag } from './language-tag.js';
import { $createLanguageSpanNode, $isLanguageSpanNode, type LanguageSpanNode } from './language-span-node.js';

/**
 * Marks the selected words as written in `language` (a BCP 47 tag), or takes the mark
 * away (`null`). Only the selected words change: a passage partly selected is split, the
 * rest keeps its language; passages side by side in the same language become one.
 * With nothing selected, the passage around the caret changes (or loses its mark) whole.
 * Call inside `editor.update()`.
 */
export function $markSelectionLanguage(language: string | null): void {
  if (language !== null && !isLanguageTag(language)) return;
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;

  if (selection.isCollapsed()) {
    const span = $passageAround(selection.anchor.getNode());
    if (!span) return;
    if (language === null) $unwrap(span);
    else $mergeNeighbours(span.setLanguage(language));
    return;
  }

  const extracted = selection.extract().filter((node) => node.isAttached());
  const touched: LanguageSpanNode[] = [];
  for (const unit of inlineUnits(extracted)) {
    if ($isLanguageSpanNode(unit)) {
      const chosen = unit.getChildren().filter((child) => extracted.some((node) => child.is(node) || ($isElementNode(child) && child.isParentOf(node))));
      if (chosen.length === unit.getChildrenSize()) {
        if (language === null) $unwrap(unit);
        else touched.push(unit.setLanguage(language));
        continue;
      }
      const lifted = $liftOut(unit, chosen);
      if (language !== null) touched.push($wrap(lifted, language));
      continue;
    }
    if (language === null) continue;
    const previous = touched.at(-1);
    // The units come in document order: one following the span just made joins it.
    if (previous && previous.getLanguage() === language && unit.getPreviousSibling()?.is(previous)) previous.append(unit);
    else touched.push($wrap([unit], language));
  }
  for (const span of touched) if (span.isAttached()) $mergeNeighbours(span);
}

/** The language of the passage the selection starts in, or null outside any. */
export function $selectionLanguage(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const span = $passageAround(selection.anchor.getNode());
  return span ? span.getLanguage() || null : null;
}

function $passageAround(node: LexicalNode): LanguageSpanNode | null {
  for (let current: LexicalNode | null = node; current; current = current.getParent()) {
    if ($isLanguageSpanNode(current)) return current;
  }
  return null;
}

/**
 * For each selected node, the inline node that sits right inside a block (a text, a
 * link, a passage), each once, in document order. Blocks themselves are skipped: their
 * words are among the selected nodes too.
 */
function inlineUnits(nodes: readonly LexicalNode[]): LexicalNode[] {
  const units: LexicalNode[] = [];
  for (const node of nodes) {
    if ($isElementNode(node) && !node.isInline()) continue;
    let unit = node;
    for (let parent = unit.getParent(); parent && parent.isInline(); parent = unit.getParent()) unit = parent;
    if (!units.some((known) => known.is(unit))) units.push(unit);
  }
  return units;
}

function $wrap(nodes: readonly LexicalNode[], language: string): LanguageSpanNode {
  const span = $createLanguageSpanNode(language);
  nodes[0]!.insertBefore(span);
  span.append(...nodes);
  return span;
}

/** Takes the chosen children (a run of them) out of the passage, which keeps the rest on either side. */
function $liftOut(span: LanguageSpanNode, chosen: readonly LexicalNode[]): LexicalNode[] {
  const children = span.getChildren();
  const first = children.findIndex((child) => child.is(chosen[0]!));
  const last = children.findIndex((child) => child.is(chosen.at(-1)!));
  const lifted = children.slice(first, last + 1);
  const after = children.slice(last + 1);
  let place: LexicalNode = span;
  for (const child of lifted) {
    place.insertAfter(child);
    place = child;
  }
  if (after.length > 0) {
    const rest = $createLanguageSpanNode(span.getLanguage());
    place.insertAfter(rest);
    rest.append(...after);
  }
  if (span.getChildrenSize() === 0) span.remove();
  return lifted;
}

function $unwrap(span: ElementNode): void {
  for (const child of span.getChildren()) span.insertBefore(child);
  span.remove();
}

function $mergeNeighbours(span: LanguageSpanNode): void {
  const next = span.getNextSibling();
  if ($isLanguageSpanNode(next) && next.getLanguage() === span.getLanguage()) {
    span.append(...next.getChildren());
    next.remove();
  }
  const previous = span.getPreviousSibling();
  if ($isLanguageSpanNode(previous) && previous.getLanguage() === span.getLanguage()) {
    previous.append(...span.getChildren());
    span.remove();
  }
}
