import { describe, expect, it } from 'vitest';
import { boardToSvg } from '../src/board-svg.js';
import type { BoardObject } from '../src/board-types.js';
import { connectorEnds } from '../src/connector-geometry.js';
import { make, snapshotOf } from './support/snapshot-of.js';
import { xmlProblem } from './support/xml-well-formed.js';

const noImages = { imageHref: () => '' };

/** The numbers of an attribute list like viewBox="a b c d". */
const viewBoxOf = (svg: string) => svg.match(/viewBox="([^"]+)"/)![1]!.split(' ').map(Number);

describe('boardToSvg', () => {
  it('draws an empty board as a small blank canvas', () => {
    const { svg, width, height } = boardToSvg(snapshotOf([]), noImages);
    expect({ width, height }).toEqual({ width: 320, height: 200 });
    expect(viewBoxOf(svg)).toEqual([0, 0, 320, 200]);
    expect(xmlProblem(svg)).toBeNull();
    // The checker itself notices broken markup.
    expect(xmlProblem('<svg><text>a < b</text></svg>')).not.toBeNull();
    expect(xmlProblem('<svg><g></svg>')).not.toBeNull();
    expect(xmlProblem('<svg><text>a & b</text></svg>')).not.toBeNull();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toContain('<text');
  });

  it('fits the viewBox to the objects plus padding', () => {
    const snapshot = snapshotOf([make.note('a', { x: 100, y: 50, w: 200, h: 100 }), make.rect('b', { x: -300, y: 400, w: 100, h: 60 })]);
    const { svg, width, height } = boardToSvg(snapshot, { ...noImages, padding: 10 });
    expect(viewBoxOf(svg)).toEqual([-310, 40, 620, 430]);
    expect({ width, height }).toEqual({ width: 620, height: 430 });
    expect(svg).toContain('width="620" height="430"');
    expect(boardToSvg(snapshot, noImages).width).toBe(600 + 64);
  });

  it('shows markup in a note as text, never as markup', () => {
    const hostile = '<script>alert("hi")</script> & <img src=x onerror=alert(1)> \u0000\u0007 ok';
    const frame: BoardObject = { id: 'f', type: 'frame', order: 'a0', frameId: null, x: 0, y: 300, w: 300, h: 200, title: '"><svg onload=x>', color: 'pink' };
    const image: BoardObject = { id: 'i', type: 'image', order: 'a1', frameId: null, x: 400, y: 0, w: 100, h: 100, uploadId: 'u1', alt: '</title><script>', largestWidth: 640 };
    const snapshot = snapshotOf([make.note('a', { x: 0, y: 0, w: 300, h: 200 }, hostile), frame, image]);
    const { svg } = boardToSvg(snapshot, { imageHref: () => '/files/u1/320.webp?a=1&b="2"', title: 'Our <board>' });
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).not.toMatch(/<script|<img|<svg onload|onerror=alert\(1\)>/);
    expect(svg).toContain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;');
    expect(svg).toContain('&lt;img');
    expect(svg).toContain('&quot;&gt;&lt;svg onload=x&gt;');
    expect(svg).toContain('<title>Our &lt;board&gt;</title>');
    expect(svg).toContain('href="/files/u1/320.webp?a=1&amp;b=&quot;2&quot;"');
    expect([...svg].filter((char) => char.charCodeAt(0) < 9)).toEqual([]);
    // Only elements this renderer writes.
    const elements = new Set([...svg.matchAll(/<([a-z]+)/g)].map((m) => m[1]));
    expect([...elements].every((name) => ['svg', 'title', 'rect', 'g', 'text', 'tspan', 'image'].includes(name!))).toBe(true);
  });

  it('wraps a note’s text into lines inside the note', () => {
    const text = 'We could plant trees along the river and ask the town to help us water them in summer';
    const { svg } = boardToSvg(snapshotOf([make.note('a', { x: 0, y: 0, w: 200, h: 200 }, text)]), noImages);
    const lines = [...svg.matchAll(/<tspan x="([\d.]+)" y="([\d.]+)">([^<]*)<\/tspan>/g)];
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((line) => line[3]).join(' ')).toBe(text);
    for (const [, x, y] of lines) {
      expect(Number(x)).toBe(12);
      expect(Number(y)).toBeLessThan(200);
    }
  });

  it('cuts text that does not fit in the note with an ellipsis', () => {
    const { svg } = boardToSvg(snapshotOf([make.note('a', { x: 0, y: 0, w: 120, h: 70 }, 'word '.repeat(60))]), noImages);
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
    expect(lines.length).toBe(2);
    expect(lines.at(-1)).toMatch(/…$/);
  });

  it('draws connectors between the objects’ edges, with an arrowhead at the end', () => {
    const a = make.rect('a', { x: 0, y: 0, w: 100, h: 100 });
    const b = make.ellipse('b', { x: 300, y: 0, w: 100, h: 100 });
    const c = make.connector('c', 'a', 'b');
    const snapshot = snapshotOf([a, b, c]);
    const ends = connectorEnds(c as never, snapshot)!;
    expect(ends).toEqual({ x1: 100, y1: 50, x2: 300, y2: 50 });
    const { svg } = boardToSvg(snapshot, noImages);
    expect(svg).toMatch(/<line x1="100" y1="50" x2="[\d.]+" y2="50"/);
    // The arrowhead's tip is on the ellipse.
    expect(svg).toMatch(/<path d="M300,50 L[\d.,-]+ L[\d.,-]+ Z" fill="#101828"\/>/);
  });

  it('draws lines with a negative size from their start to their end', () => {
    const line: BoardObject = { id: 'l', type: 'line', order: 'a0', frameId: null, x: 100, y: 100, w: -60, h: -40, color: 'grey', arrow: false };
    const { svg } = boardToSvg(snapshotOf([line]), { ...noImages, padding: 0 });
    expect(svg).toContain('<line x1="100" y1="100" x2="40" y2="60"');
    expect(viewBoxOf(svg)).toEqual([40, 60, 60, 40]);
    expect(svg).not.toContain('<path');
  });

  it('draws pictures with their aspect ratio kept, and an empty frame when there is no picture', () => {
    const image: BoardObject = { id: 'i', type: 'image', order: 'a0', frameId: null, x: 0, y: 0, w: 160, h: 90, uploadId: 'u1', alt: 'Our class', largestWidth: 1280 };
    const withPicture = boardToSvg(snapshotOf([image]), { imageHref: (id) => `data:image/png;base64,${id}` }).svg;
    expect(withPicture).toContain('<image href="data:image/png;base64,u1" x="0" y="0" width="160" height="90" preserveAspectRatio="xMidYMid meet"><title>Our class</title></image>');
    const without = boardToSvg(snapshotOf([image]), noImages).svg;
    expect(without).not.toContain('<image');
    expect(without).toContain('<title>Our class</title><rect x="0" y="0" width="160" height="90"');
  });

  it('puts frames under everything and their titles above them', () => {
    const frame: BoardObject = { id: 'f', type: 'frame', order: 'z0', frameId: null, x: 0, y: 100, w: 400, h: 300, title: 'Ideas', color: 'purple' };
    const { svg } = boardToSvg(snapshotOf([make.note('n', { x: 20, y: 150, w: 100, h: 100 }, 'on top'), frame]), { ...noImages, padding: 0 });
    expect(svg.indexOf('Ideas')).toBeLessThan(svg.indexOf('on top'));
    expect(svg).toMatch(/<text x="0" y="92" font-size="14" font-weight="600" fill="#5b34b0">Ideas<\/text>/);
    expect(viewBoxOf(svg)[1]).toBe(100 - 26);
  });

  it('draws every kind of object as well-formed SVG with only numbers in geometry', () => {
    const objects: BoardObject[] = [
      make.note('n', { x: 0, y: 0, w: 200, h: 200 }, 'Hello'),
      { id: 't', type: 'text', order: 'a1', frameId: null, x: 0, y: 250, w: 300, h: 60, text: 'Big title', size: 'xl', color: 'black' },
      { ...make.ellipse('s', { x: 250, y: 0, w: 120, h: 80 }), text: 'Label' } as BoardObject,
      { id: 'p', type: 'stroke', order: 'a3', frameId: null, x: 400, y: 300, w: 0, h: 0, color: 'orange', size: 6, points: [0, 0, 0.5, 10, 5, 0.5, 30, 20, 0.5] },
      make.connector('c', 'n', 's', false),
    ];
    const { svg } = boardToSvg(snapshotOf(objects), noImages);
    expect(xmlProblem(svg)).toBeNull();
    for (const [, name, value] of svg.matchAll(/ (x|y|x1|y1|x2|y2|cx|cy|rx|ry|width|height|font-size|stroke-width)="([^"]*)"/g)) {
      expect(value, name).toMatch(/^-?\d+(\.\d+)?$/);
    }
    expect(svg).toMatch(/<path d="M[\d.,\sQLZ-]+" fill="#a43f00"\/>/);
  });
});
