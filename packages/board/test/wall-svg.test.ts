import { describe, expect, it } from 'vitest';
import { drawBoard } from '../src/board-drawing.js';
import { boardToSvg } from '../src/board-svg.js';
import type { BoardColumn, BoardObject, BoardSnapshot, NoteObject } from '../src/board-types.js';
import { NOTE_FONT_SIZE, NOTE_PADDING } from '../src/text-metrics.js';
import { textWidth } from '../src/text-wrap.js';
import { WALL_COLUMN_GAP, WALL_COLUMN_WIDTH, wallToSvg } from '../src/wall-svg.js';
import { make } from './support/snapshot-of.js';
import { xmlProblem } from './support/xml-well-formed.js';

const noImages = { imageHref: () => '' };

function note(id: string, text: string, column: string | null, columnOrder: string, order = 'a0'): NoteObject {
  // x/y are deliberately far off and reversed: a wall must not use them.
  return { id, type: 'note', order, frameId: null, x: -5000 + id.length, y: 9000, w: 40, h: 20, color: 'green', text, column, columnOrder };
}

function wall(objects: BoardObject[], columns: Array<[string, string]>): BoardSnapshot {
  const cols: BoardColumn[] = columns.map(([id, title], index) => ({ id, title, order: `a${index}` }));
  return { layout: 'wall', objects, byId: new Map(objects.map((object) => [object.id, object])), columns: cols };
}

/** The drawn texts in document order. */
const textsOf = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
/** The first tspan's position of a text. */
function positionOf(svg: string, text: string): { x: number; y: number } {
  const match = [...svg.matchAll(/<tspan x="([-\d.]+)" y="([-\d.]+)">([^<]*)<\/tspan>/g)].find((m) => m[3] === text);
  if (!match) throw new Error(`not drawn: ${text}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

describe('wallToSvg', () => {
  it('draws the columns side by side in their order, each with its title', () => {
    const snapshot = wall([], [['c2', 'Ideas'], ['c1', 'Questions'], ['c3', 'Done']]);
    const { svg, width } = wallToSvg(snapshot, { ...noImages, padding: 10 });
    expect(textsOf(svg)).toEqual(['Ideas', 'Questions', 'Done']);
    const xs = ['Ideas', 'Questions', 'Done'].map((title) => positionOf(svg, title).x);
    expect(xs[1]! - xs[0]!).toBe(WALL_COLUMN_WIDTH + WALL_COLUMN_GAP);
    expect(xs[2]! - xs[1]!).toBe(WALL_COLUMN_WIDTH + WALL_COLUMN_GAP);
    expect(width).toBe(20 + 3 * WALL_COLUMN_WIDTH + 2 * WALL_COLUMN_GAP);
    expect(xmlProblem(svg)).toBeNull();
  });

  it('stacks each column’s notes in columnOrder (ties by id), not by stacking order or position', () => {
    const snapshot = wall(
      [note('n1', 'third', 'a', 'a2', 'a0'), note('n2', 'first', 'a', 'a0', 'a1'), note('n3', 'second', 'a', 'a1', 'a2'), note('n0', 'tie before third', 'a', 'a2', 'a3')],
      [['a', 'Only']],
    );
    const { svg } = wallToSvg(snapshot, noImages);
    expect(textsOf(svg)).toEqual(['Only', 'first', 'second', 'tie before third', 'third']);
    const ys = ['first', 'second', 'tie before third', 'third'].map((text) => positionOf(svg, text).y);
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
    expect(new Set(['first', 'second', 'third'].map((text) => positionOf(svg, text).x)).size).toBe(1);
  });

  it('puts notes without a column, or in a removed one, in the first column', () => {
    const snapshot = wall(
      [note('n1', 'in second', 'b', 'a0'), note('n2', 'no column', null, 'a1'), note('n3', 'gone column', 'zz', 'a2'), note('n4', 'in first', 'a', 'a0')],
      [['a', 'One'], ['b', 'Two']],
    );
    const { svg } = wallToSvg(snapshot, noImages);
    const firstX = positionOf(svg, 'One').x;
    for (const text of ['in first', 'no column', 'gone column']) expect(positionOf(svg, text).x).toBeGreaterThan(firstX - 1);
    for (const text of ['in first', 'no column', 'gone column']) expect(positionOf(svg, text).x).toBeLessThan(firstX + WALL_COLUMN_WIDTH);
    expect(positionOf(svg, 'in second').x).toBeGreaterThan(firstX + WALL_COLUMN_WIDTH);
    expect(textsOf(svg)).toEqual(['One', 'in first', 'no column', 'gone column', 'Two', 'in second']);
  });

  it('shows every note in one untitled column when the wall has no columns', () => {
    const snapshot = wall([note('n1', 'b', null, 'a1'), note('n2', 'a', 'stale', 'a0')], []);
    const { svg, width } = wallToSvg(snapshot, { ...noImages, padding: 0 });
    expect(textsOf(svg)).toEqual(['a', 'b']);
    expect(width).toBe(WALL_COLUMN_WIDTH);
    expect(xmlProblem(svg)).toBeNull();
  });

  it('draws an empty column as a dashed placeholder', () => {
    const { svg } = wallToSvg(wall([note('n1', 'here', 'a', 'a0')], [['a', 'Full'], ['b', 'Empty']]), noImages);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
    const { svg: none } = wallToSvg(wall([note('n1', 'here', 'a', 'a0')], [['a', 'Full']]), noImages);
    expect(none).not.toContain('stroke-dasharray');
  });

  it('shows markup in titles and notes as text, never as markup', () => {
    const hostile = '<script>alert("hi")</script> & <img src=x onerror=alert(1)> \u0000\u0007 ok';
    const snapshot = wall([note('n1', hostile, 'a', 'a0')], [['a', '"><svg onload=x>']]);
    const { svg } = wallToSvg(snapshot, { ...noImages, title: 'Our <wall>' });
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).not.toMatch(/<script|<img|<svg onload/);
    expect(svg).toContain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;');
    expect(svg).toContain('&quot;&gt;&lt;svg onload=x&gt;');
    expect(svg).toContain('<title>Our &lt;wall&gt;</title>');
    expect([...svg].filter((char) => char.charCodeAt(0) < 9)).toEqual([]);
    const elements = new Set([...svg.matchAll(/<([a-z]+)/g)].map((m) => m[1]));
    expect([...elements].every((name) => ['svg', 'title', 'rect', 'g', 'text', 'tspan', 'path'].includes(name!))).toBe(true);
  });

  it('wraps a note’s text inside the column and grows taller with more text and more notes', () => {
    const long = 'We could plant trees along the river and ask the town to help us water them in summer';
    const short = wallToSvg(wall([note('n1', 'Trees', 'a', 'a0')], [['a', 'Ideas']]), noImages);
    const wrapped = wallToSvg(wall([note('n1', long, 'a', 'a0')], [['a', 'Ideas']]), noImages);
    const more = wallToSvg(wall([note('n1', long, 'a', 'a0'), note('n2', 'Trees', 'a', 'a1')], [['a', 'Ideas']]), noImages);
    expect(wrapped.height).toBeGreaterThan(short.height);
    expect(more.height).toBeGreaterThan(wrapped.height);
    expect(more.width).toBe(wrapped.width);
    const lines = textsOf(wrapped.svg).slice(1);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(long);
    // Every line ends inside its note, keeping the note's padding on the right.
    const card = wrapped.svg.match(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*fill="#cff2dd"/)!;
    const noteRight = Number(card[1]) + Number(card[2]);
    for (const line of lines) expect(positionOf(wrapped.svg, line).x + textWidth(line, NOTE_FONT_SIZE)).toBeLessThanOrEqual(noteRight - NOTE_PADDING);
    expect(xmlProblem(more.svg)).toBeNull();
  });

  it('lines up the first notes of all columns below the tallest title', () => {
    const snapshot = wall(
      [note('n1', 'left', 'a', 'a0'), note('n2', 'right', 'b', 'a0')],
      [['a', 'A'], ['b', 'A very long column title that needs more than one line to be read']],
    );
    const { svg } = wallToSvg(snapshot, noImages);
    expect(positionOf(svg, 'left').y).toBe(positionOf(svg, 'right').y);
  });

  it('draws an empty wall as one empty column', () => {
    const { svg, width, height } = wallToSvg(wall([], []), noImages);
    expect(width).toBe(64 + WALL_COLUMN_WIDTH);
    expect(height).toBeGreaterThan(64);
    expect(svg).toContain('stroke-dasharray');
    expect(svg).not.toContain('<text');
    expect(xmlProblem(svg)).toBeNull();
  });
});

describe('drawBoard', () => {
  it('draws a wall as columns and a canvas at its positions', () => {
    const objects = [note('n1', 'hello', null, 'a0'), make.rect('r', { x: 0, y: 0, w: 50, h: 50 })];
    const canvas: BoardSnapshot = { ...wall(objects, []), layout: 'canvas' };
    expect(drawBoard(canvas, noImages)).toEqual(boardToSvg(canvas, noImages));
    const asWall = wall(objects, []);
    expect(drawBoard(asWall, noImages)).toEqual(wallToSvg(asWall, noImages));
    expect(drawBoard(asWall, noImages).svg).not.toEqual(boardToSvg(asWall, noImages).svg);
  });
});
