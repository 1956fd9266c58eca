import { describe, expect, it } from 'vitest';
import { pictureCandidates, shownWidth } from './image-source';

describe('the variant a board picture asks for', () => {
  const photo = { uploadId: 'u1', largestWidth: 1920 };

  it('is the narrowest stored width that covers the picture as drawn at 100 % on this screen', () => {
    // A note-sized picture on a phone (2 device pixels per CSS pixel): 300 px, so 320.
    expect(pictureCandidates(photo, shownWidth(150, 2))).toEqual(['/files/u1/320.webp']);
    expect(pictureCandidates(photo, shownWidth(400, 1))).toEqual(['/files/u1/640.webp']);
    expect(pictureCandidates(photo, shownWidth(400, 2))).toEqual(['/files/u1/1280.webp']);
    // Larger than anything stored: the largest.
    expect(pictureCandidates(photo, shownWidth(1600, 2))).toEqual(['/files/u1/1920.webp']);
    // A picture smaller than the wanted width: its own largest size, never more.
    expect(pictureCandidates({ uploadId: 'u2', largestWidth: 500 }, shownWidth(400, 2))).toEqual(['/files/u2/500.webp']);
  });

  it('never asks for less than the narrowest stored width, and copes with flipped or odd sizes', () => {
    expect(shownWidth(20, 1)).toBe(320);
    expect(shownWidth(-400, 1)).toBe(400);
    expect(shownWidth(400, 0)).toBe(400);
    // Pictures written before their width was kept try the common widths up to the wanted one, widest first.
    expect(pictureCandidates({ uploadId: 'u3', largestWidth: 0 }, shownWidth(20, 1))).toEqual(['/files/u3/320.webp']);
    expect(pictureCandidates({ uploadId: 'u3', largestWidth: 0 }, shownWidth(700, 1))).toEqual(['/files/u3/640.webp', '/files/u3/320.webp']);
  });
});
