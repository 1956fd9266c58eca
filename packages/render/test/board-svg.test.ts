import { BoardModel } from '@kopa/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { xmlProblem } from '../../board/test/support/xml-well-formed.js';
import { renderBoardSvg, renderPage } from '../src/index.js';
import { inspectFragment, inspectPage } from './support/html-safety.js';

const UPLOAD = '6f1a2b3c-0000-4000-8000-000000000001';

function boardState(layout: 'canvas' | 'wall'): Uint8Array {
  const doc = new Y.Doc();
  const model = new BoardModel(doc);
  model.setLayout(layout);
  const column = model.addColumn('Ideas & <plans>');
  const note = model.add({ type: 'note', x: 0, y: 0, w: 200, h: 120, color: 'yellow', text: '', column });
  model.setText(note, 'Plant trees <together>');
  const shape = model.add({ type: 'shape', kind: 'ellipse', x: 300, y: 0, w: 120, h: 80, color: 'blue', filled: true, text: '' });
  model.add({ type: 'connector', fromId: note, toId: shape, color: 'black', arrow: true });
  model.add({ type: 'image', x: 0, y: 200, w: 300, h: 200, uploadId: UPLOAD, alt: 'Our river', largestWidth: 1920 });
  model.add({ type: 'frame', x: -40, y: -60, w: 520, h: 500, title: 'Day one', color: 'grey' });
  model.destroy();
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

describe('renderBoardSvg', () => {
  it('draws a canvas board from its Yjs state as a clean standalone SVG', () => {
    const { svg, width, height } = renderBoardSvg(boardState('canvas'), { title: 'Our board', imageUrl: (id, w) => `files/${id}-${w}.webp` });
    expect(width).toBeGreaterThan(500);
    expect(height).toBeGreaterThan(400);
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="-?\d+ -?\d+ \d+ \d+"/);
    expect(svg).toContain('<title>Our board</title>');
    expect(svg).toContain('Plant trees &lt;together&gt;');
    expect(svg).toContain('<ellipse');
    expect(svg).toContain('>Day one</text>');
    // The picture at the smallest stored width that is sharp at twice its drawn width (300 → 640).
    expect(svg).toContain(`<image href="files/${UPLOAD}-640.webp" x="0" y="200" width="300" height="200" preserveAspectRatio="xMidYMid meet"><title>Our river</title></image>`);
    expect(inspectFragment(svg).problems).toEqual([]);
  });

  it('draws a wall board as its columns, from a Y.Doc too', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, boardState('wall'));
    const { svg } = renderBoardSvg(doc);
    expect(svg).toContain('Ideas &amp; &lt;plans&gt;');
    expect(svg).toContain('Plant trees &lt;together&gt;');
    expect(xmlProblem(svg)).toBeNull();
    doc.destroy();
  });

  it('goes into a page inline, where the HTML parser fixes the SVG attribute case', () => {
    const { svg } = renderBoardSvg(boardState('canvas'), { imageUrl: (id, w) => `files/${id}-${w}.webp` });
    const page = renderPage({ title: 'Board', lang: 'en', body: `<figure class="kopa-board">${svg}<figcaption>Our board</figcaption></figure>` });
    const report = inspectPage(page);
    expect(report.problems).toEqual([]);
    const svgElement = report.elements.find((element) => element.tagName === 'svg');
    expect(svgElement?.attrs.map((attr) => attr.name)).toContain('viewBox');
    expect(report.elements.filter((element) => element.tagName === 'image')).toHaveLength(1);
    expect(report.elements.filter((element) => element.tagName === 'text').length).toBeGreaterThan(0);
  });

  it('leaves a picture out when the URL it would load from is refused', () => {
    const { svg } = renderBoardSvg(boardState('canvas'), { imageUrl: () => 'data:image/png;base64,AAAA' });
    expect(svg).not.toContain('<image');
    expect(svg).not.toContain('data:');
  });
});
