import { describe, expect, it } from 'vitest';
import { BAR_GAP, BAR_MARGIN, placeSelectionBar, type BarPlacementInput } from './selection-bar-placement';

const laptop = { width: 1100, height: 700 };
const bar = { width: 400, height: 44 };
const zoomRow = 52;

const input = (selection: BarPlacementInput['selection'], extra: Partial<BarPlacementInput> = {}): BarPlacementInput => ({
  stage: laptop,
  bar,
  selection,
  insets: { top: 0, bottom: zoomRow },
  docked: false,
  ...extra,
});

/** The bar's box never meets the selection grown by its handles' reach. */
function clearOfSelection(placement: { x: number; y: number }, selection: BarPlacementInput['selection'], size = bar) {
  const reach = BAR_GAP - 1;
  return (
    placement.x + size.width <= selection.x - reach ||
    placement.x >= selection.x + selection.w + reach ||
    placement.y + size.height <= selection.y - reach ||
    placement.y >= selection.y + selection.h + reach
  );
}

describe('placeSelectionBar', () => {
  it('floats above the selection, centred on it, when there is room', () => {
    const selection = { x: 450, y: 300, w: 200, h: 200 };
    const placement = placeSelectionBar(input(selection));
    expect(placement).toEqual({ side: 'above', x: 350, y: 300 - BAR_GAP - bar.height });
    expect(clearOfSelection(placement, selection)).toBe(true);
  });

  it('goes below a selection at the top of the board instead of covering its top edge and handles', () => {
    const selection = { x: 450, y: 10, w: 200, h: 150 };
    const placement = placeSelectionBar(input(selection));
    expect(placement).toMatchObject({ side: 'below', y: 160 + BAR_GAP });
    expect(clearOfSelection(placement, selection)).toBe(true);
  });

  it('stays inside the board when the selection is at its side', () => {
    expect(placeSelectionBar(input({ x: -150, y: 300, w: 200, h: 100 })).x).toBe(BAR_MARGIN);
    expect(placeSelectionBar(input({ x: 1050, y: 300, w: 200, h: 100 })).x).toBe(laptop.width - BAR_MARGIN - bar.width);
  });

  it('docks at the top when the selection is below the view, and keeps clear of the zoom controls at the bottom', () => {
    expect(placeSelectionBar(input({ x: 450, y: 900, w: 200, h: 100 }))).toMatchObject({ side: 'top', y: BAR_MARGIN });
    const low = placeSelectionBar(input({ x: 450, y: 20, w: 200, h: 600 }));
    // Neither above (no room) nor below (the zoom row is there): the bottom would cover it, the top too; the top covers less.
    expect(low.y + bar.height).toBeLessThanOrEqual(laptop.height - zoomRow - BAR_MARGIN);
  });

  it('covers as little as it can of a selection that fills the view', () => {
    const placement = placeSelectionBar(input({ x: 100, y: -100, w: 900, h: 700 }));
    // The selection reaches 600 px down; docked at the bottom (above the zoom row) it covers nothing of it.
    expect(placement.side).toBe('bottom');
    expect(placement.y).toBe(laptop.height - zoomRow - BAR_MARGIN - bar.height);
  });

  it('on a phone docks at the bottom, or at the top when the selection is down there', () => {
    const phone = { width: 370, height: 520 };
    const docked = { width: 354, height: 92 };
    const up = { x: 80, y: 60, w: 200, h: 150 };
    const bottom = placeSelectionBar({ stage: phone, bar: docked, selection: up, insets: { top: 0, bottom: zoomRow }, docked: true });
    expect(bottom).toEqual({ side: 'bottom', x: BAR_MARGIN, y: phone.height - zoomRow - BAR_MARGIN - docked.height });
    expect(clearOfSelection(bottom, up, docked)).toBe(true);
    const down = { x: 80, y: 300, w: 200, h: 150 };
    const top = placeSelectionBar({ stage: phone, bar: docked, selection: down, insets: { top: 0, bottom: zoomRow }, docked: true });
    expect(top).toEqual({ side: 'top', x: BAR_MARGIN, y: BAR_MARGIN });
    expect(clearOfSelection(top, down, docked)).toBe(true);
  });

  it('keeps below the hints shown at the top', () => {
    expect(placeSelectionBar(input({ x: 450, y: 900, w: 10, h: 10 }, { insets: { top: 40, bottom: 0 } })).y).toBe(40 + BAR_MARGIN);
  });
});
