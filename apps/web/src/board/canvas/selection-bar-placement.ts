import type { Box } from '@kopa/board';

export interface Size {
  width: number;
  height: number;
}

/**
 * Where the selection's bar goes: above or below the selection (floating beside
 * it, as in tldraw and Figma), or across the top or bottom of the board (docked:
 * on a phone, and when the selection leaves no room beside it).
 */
export type BarSide = 'above' | 'below' | 'top' | 'bottom';

export interface BarPlacement {
  side: BarSide;
  /** The bar's top-left corner in the board's screen space (pixels from the stage's top-left). */
  x: number;
  y: number;
}

export interface BarPlacementInput {
  /** The board on screen. */
  stage: Size;
  /** The bar as laid out (docked, it spans the stage less the margins). */
  bar: Size;
  /** The selection's box on screen (it may reach past the stage's edges, or lie outside it). */
  selection: Box;
  /** Pixels taken from the top and the bottom edge by the board's other floating controls (hints, zoom). */
  insets: { top: number; bottom: number };
  /** A narrow board (a phone): the bar is docked, never floating over the little room there is. */
  docked: boolean;
}

/** Room kept between the bar and the stage's edges or other controls. */
export const BAR_MARGIN = 8;
/**
 * Room kept between the bar and the selection: the outline sits 4 px outside it
 * and the handles' touch targets reach 16 px past its edges.
 */
export const BAR_GAP = 20;

/** Stages narrower than this dock the bar (its buttons wrap onto two rows there). */
export const DOCK_BELOW_WIDTH = 560;

/**
 * Places the selection's bar where it covers neither the selection nor its
 * handles: above it when there is room, else below it; docked at the top or the
 * bottom when neither fits (or on a phone, bottom first, where the thumb is).
 * When every place covers the selection (it fills the view), the one covering
 * least of it wins.
 */
export function placeSelectionBar({ stage, bar, selection, insets, docked }: BarPlacementInput): BarPlacement {
  const top = insets.top > 0 ? insets.top + BAR_MARGIN : BAR_MARGIN;
  const bottom = stage.height - (insets.bottom > 0 ? insets.bottom + BAR_MARGIN : BAR_MARGIN);
  const highest = top;
  const lowest = Math.max(top, bottom - bar.height);
  const centred = clamp(selection.x + selection.w / 2 - bar.width / 2, BAR_MARGIN, stage.width - BAR_MARGIN - bar.width);
  const dockedX = clamp((stage.width - bar.width) / 2, BAR_MARGIN, stage.width - BAR_MARGIN - bar.width);

  const above: BarPlacement = { side: 'above', x: centred, y: selection.y - BAR_GAP - bar.height };
  const below: BarPlacement = { side: 'below', x: centred, y: selection.y + selection.h + BAR_GAP };
  const atTop: BarPlacement = { side: 'top', x: docked ? dockedX : centred, y: highest };
  const atBottom: BarPlacement = { side: 'bottom', x: docked ? dockedX : centred, y: lowest };
  const candidates = docked ? [atBottom, atTop] : [above, below, atTop, atBottom];

  const clear = { x: selection.x - BAR_GAP + 1, y: selection.y - BAR_GAP + 1, w: selection.w + 2 * (BAR_GAP - 1), h: selection.h + 2 * (BAR_GAP - 1) };
  const boxOf = (placement: BarPlacement): Box => ({ x: placement.x, y: placement.y, w: bar.width, h: bar.height });
  const fits = (placement: BarPlacement) => placement.y >= highest - 0.5 && placement.y <= lowest + 0.5;

  const free = candidates.find((placement) => fits(placement) && overlap(boxOf(placement), clear) === 0);
  if (free) return free;
  // Nowhere is clear of it: the docked place that hides least of the selection.
  const [first, second] = [atTop, atBottom].map((placement) => ({ placement, covered: overlap(boxOf(placement), selection) }));
  return second!.covered < first!.covered ? second!.placement : first!.placement;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** The area two boxes share. */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
