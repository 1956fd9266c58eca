import { describe, expect, it } from 'vitest';
import { GridLayer, gridStep } from './grid-layer';

/** A stand-in element: the layer only writes inline styles. */
function element() {
  return { style: {} as Record<string, string> } as unknown as HTMLElement & { style: Record<string, string> };
}

function transformOf(target: { style: Record<string, string> }) {
  const match = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(target.style.transform ?? '');
  if (!match) throw new Error(`no transform in ${target.style.transform}`);
  return { x: Number(match[1]), y: Number(match[2]), scale: Number(match[3]) };
}

describe('gridStep', () => {
  it('spaces dots 24 units apart, thinning out by four when they would crowd', () => {
    expect(gridStep(1)).toBe(24);
    expect(gridStep(2)).toBe(48);
    expect(gridStep(0.4)).toBeCloseTo(38.4);
    expect(gridStep(0.1)).toBeCloseTo(38.4);
    expect(gridStep(0)).toBe(24);
    expect(gridStep(Number.NaN)).toBe(24);
  });
});

describe('GridLayer', () => {
  const view = { x: 0, y: 0, zoom: 1, width: 800, height: 600 };

  it('follows a pan by its transform alone, the dots where the board puts them', () => {
    const target = element();
    const grid = new GridLayer(target);
    grid.apply(view, true);
    const size = target.style.backgroundSize;
    const width = target.style.width;
    grid.apply({ ...view, x: 10, y: -30 });
    // Painted as before: only the transform moved.
    expect(target.style.backgroundSize).toBe(size);
    expect(target.style.width).toBe(width);
    const { x, y, scale } = transformOf(target);
    expect(scale).toBe(1);
    // Dots sit at -viewport·zoom + (n + ½)·step on screen, whatever the shift.
    expect((((x - -10) % 24) + 24) % 24).toBeCloseTo(0);
    expect((((y - 30) % 24) + 24) % 24).toBeCloseTo(0);
    expect(x).toBeLessThanOrEqual(0);
    expect(x).toBeGreaterThan(-24);
  });

  it('stretches the painted dots during a small zoom, paints them again past the limit and when settled', () => {
    const target = element();
    const grid = new GridLayer(target);
    grid.apply(view, true);
    grid.apply({ ...view, zoom: 1.2 });
    expect(target.style.backgroundSize).toBe('24px 24px');
    expect(transformOf(target).scale).toBeCloseTo(1.2);
    grid.apply({ ...view, zoom: 2 });
    expect(target.style.backgroundSize).toBe('48px 48px');
    expect(transformOf(target).scale).toBe(1);
    grid.apply({ ...view, zoom: 2.2 });
    grid.apply({ ...view, zoom: 2.2 }, true);
    expect(target.style.backgroundSize).toBe(`${24 * 2.2}px ${24 * 2.2}px`);
    expect(transformOf(target).scale).toBe(1);
  });

  it('is always big enough to cover the view, stretched as far as it goes', () => {
    const target = element();
    const grid = new GridLayer(target);
    grid.apply(view, true);
    grid.apply({ ...view, zoom: 0.72 });
    const { x, scale } = transformOf(target);
    expect(x + Number.parseFloat(target.style.width ?? '0') * scale).toBeGreaterThanOrEqual(view.width);
  });
});
