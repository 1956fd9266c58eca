import { describe, expect, it } from 'vitest';
import { COLOR_VALUES, NOTE_TEXT_INK } from '../src/board-colors.js';
import { BOARD_COLORS } from '../src/board-types.js';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('COLOR_VALUES', () => {
  it('has an ink and a fill for every board colour', () => {
    expect(Object.keys(COLOR_VALUES).sort()).toEqual([...BOARD_COLORS].sort());
    for (const { ink, fill } of Object.values(COLOR_VALUES)) {
      expect(ink).toMatch(/^#[0-9a-f]{6}$/);
      expect(fill).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it.each(BOARD_COLORS)('%s ink reads (AA) on white and on its own fill; note text on its fill', (color) => {
    const { ink, fill } = COLOR_VALUES[color];
    expect(contrast(ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(ink, fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(NOTE_TEXT_INK, fill)).toBeGreaterThanOrEqual(4.5);
    // A tint, not a second ink: light enough to write on.
    expect(contrast(fill, '#ffffff')).toBeLessThan(1.6);
  });
});
