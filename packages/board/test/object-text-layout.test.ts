import { describe, expect, it } from 'vitest';
import { boardToSvg } from '../src/board-svg.js';
import type { NoteObject, ShapeObject, TextObject } from '../src/board-types.js';
import { objectTextLayout } from '../src/object-text-layout.js';
import { LINE_HEIGHT, lineBaseline, NOTE_FONT_SIZE, NOTE_PADDING, TEXT_FONT_SIZES } from '../src/text-metrics.js';
import { textWidth } from '../src/text-wrap.js';
import { make, snapshotOf } from './support/snapshot-of.js';

const noImages = { imageHref: () => '' };
const sentence = 'Ideas for the garden: a bench, two apple trees and a small pond for frogs';

describe('objectTextLayout', () => {
  it('wraps a note inside its padding and stops at the lines that fit, with an ellipsis', () => {
    const note = make.note('n', { x: 10, y: 20, w: 160, h: 80 }, sentence.repeat(3)) as NoteObject;
    const layout = objectTextLayout(note);
    expect(layout).toMatchObject({ x: 10 + NOTE_PADDING, top: 20 + NOTE_PADDING, fontSize: NOTE_FONT_SIZE, anchor: 'start' });
    const fits = Math.floor((80 - 2 * NOTE_PADDING) / (NOTE_FONT_SIZE * LINE_HEIGHT));
    expect(layout.lines).toHaveLength(fits);
    expect(layout.lines.at(-1)).toMatch(/…$/);
    for (const line of layout.lines) expect(textWidth(line, NOTE_FONT_SIZE)).toBeLessThanOrEqual(160 - 2 * NOTE_PADDING);
  });

  it('centres a shape’s label in the shape, inside an ellipse’s inscribed box', () => {
    const shape = { ...make.ellipse('e', { x: 0, y: 0, w: 200, h: 120 }), text: sentence } as ShapeObject;
    const layout = objectTextLayout(shape);
    expect(layout.anchor).toBe('middle');
    expect(layout.x).toBe(100);
    const height = layout.lines.length * NOTE_FONT_SIZE * LINE_HEIGHT;
    expect(layout.top).toBeCloseTo(60 - height / 2);
    for (const line of layout.lines) expect(textWidth(line, NOTE_FONT_SIZE)).toBeLessThanOrEqual(200 * 0.71 - 16);
  });

  it('lays a text box out at its size, from its top left, in its colour', () => {
    const base = make.note('t', { x: -40, y: 5, w: 300, h: 60 }) as NoteObject;
    const text: TextObject = { id: 't', type: 'text', x: base.x, y: base.y, w: base.w, h: base.h, frameId: null, order: base.order, text: sentence, color: 'blue', size: 'l' };
    const layout = objectTextLayout(text);
    expect(layout).toMatchObject({ x: -40, top: 5, fontSize: TEXT_FONT_SIZES.l, anchor: 'start' });
    expect(layout.lines.join(' ')).toBe(sentence);
  });

  it('is what the download draws: the same lines at the same baselines', () => {
    const note = make.note('n', { x: 0, y: 0, w: 180, h: 200 }, sentence) as NoteObject;
    const layout = objectTextLayout(note);
    const { svg } = boardToSvg(snapshotOf([note]), noImages);
    layout.lines.forEach((line, index) => {
      expect(svg).toContain(`y="${Math.round(lineBaseline(layout.top, index, layout.fontSize) * 100) / 100}">${line}</tspan>`);
    });
  });
});
