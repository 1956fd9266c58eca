import { describe, expect, it } from 'vitest';
import { downloadName, pngSize } from './export-size';

describe('pngSize', () => {
  it('doubles a board that fits', () => {
    expect(pngSize(800, 600)).toEqual({ width: 1600, height: 1200, scale: 2 });
  });

  it('shrinks a wide board so its longer side is at most 4096 pixels, keeping its shape', () => {
    expect(pngSize(8192, 1024)).toEqual({ width: 4096, height: 512, scale: 0.5 });
    const tall = pngSize(3000, 5000);
    expect(tall.height).toBe(4096);
    expect(tall.width).toBe(Math.round(3000 * (4096 / 5000)));
  });

  it('keeps at least one pixel on each side', () => {
    expect(pngSize(0, 0)).toEqual({ width: 2, height: 2, scale: 2 });
    expect(pngSize(100_000, 1).height).toBe(1);
  });
});

describe('downloadName', () => {
  it('keeps a readable title and drops characters file systems refuse', () => {
    expect(downloadName('Trip: Rīga / Tallinn?', 'png', 'board')).toBe('Trip Rīga Tallinn.png');
  });

  it('falls back when nothing is left', () => {
    expect(downloadName(' ?? ', 'svg', 'board')).toBe('board.svg');
  });
});
