import { COLOR_VALUES } from './board-colors.js';
import type {
  BoardObject,
  BoardSnapshot,
  Box,
  ConnectorObject,
  FrameObject,
  ImageObject,
  LineObject,
  NoteObject,
  ShapeObject,
  StrokeObject,
  TextObject,
} from './board-types.js';
import { connectorEnds } from './connector-geometry.js';
import { noteSvg } from './note-svg.js';
import { boardBounds, unionOf } from './object-bounds.js';
import { objectTextLayout, type TextLayout } from './object-text-layout.js';
import { normaliseBox } from './object-box.js';
import { strokeOutlinePath } from './stroke-outline.js';
import { paddingOf, svgDocument, type BoardSvg, type BoardSvgOptions } from './svg-document.js';
import { num, rect, textLines } from './svg-markup.js';
import { FRAME_TITLE_FONT_SIZE, FRAME_TITLE_SPACE } from './text-metrics.js';
import { wrapText } from './text-wrap.js';
import { escapeXml } from './xml-escape.js';

const EMPTY_BOARD = { width: 320, height: 200 };

/**
 * A board as a standalone SVG document: the web's SVG/PNG export, the server's
 * thumbnails and the archive all draw it this way. Every element is generated
 * here from the snapshot's plain values (numbers formatted, text escaped), so no
 * markup from a pupil ever reaches the output. Frames are drawn first, under
 * everything else; the rest in stacking order.
 */
export function boardToSvg(snapshot: BoardSnapshot, options: BoardSvgOptions): BoardSvg {
  const padding = paddingOf(options);
  const drawn = drawingBounds(snapshot);
  const view = drawn
    ? {
        x: Math.floor(drawn.x - padding),
        y: Math.floor(drawn.y - padding),
        w: Math.max(1, Math.ceil(drawn.w + 2 * padding)),
        h: Math.max(1, Math.ceil(drawn.h + 2 * padding)),
      }
    : { x: 0, y: 0, w: EMPTY_BOARD.width, h: EMPTY_BOARD.height };
  const frames = snapshot.objects.filter((object) => object.type === 'frame');
  const others = snapshot.objects.filter((object) => object.type !== 'frame');
  const body = [...frames, ...others].map((object) => drawObject(object, snapshot, options)).join('');
  return svgDocument(view, body, options.title);
}

/** The objects' bounds plus the titles above frames. */
function drawingBounds(snapshot: BoardSnapshot): Box | null {
  let bounds = boardBounds(snapshot);
  if (!bounds) return null;
  for (const object of snapshot.objects) {
    if (object.type !== 'frame' || object.title === '') continue;
    const box = normaliseBox(object);
    bounds = unionOf(bounds, { x: box.x, y: box.y - FRAME_TITLE_SPACE, w: box.w, h: FRAME_TITLE_SPACE });
  }
  return bounds;
}

function drawObject(object: BoardObject, snapshot: BoardSnapshot, options: BoardSvgOptions): string {
  switch (object.type) {
    case 'note':
      return drawNote(object);
    case 'text':
      return drawText(object);
    case 'shape':
      return drawShape(object);
    case 'line':
      return drawLine(object);
    case 'connector':
      return drawConnector(object, snapshot);
    case 'stroke':
      return drawStroke(object);
    case 'image':
      return drawImage(object, options);
    case 'frame':
      return drawFrame(object);
  }
}

function drawNote(note: NoteObject): string {
  return noteSvg(normaliseBox(note), note.color, objectTextLayout(note).lines);
}

function drawText(text: TextObject): string {
  return layoutText(objectTextLayout(text));
}

function drawShape(shape: ShapeObject): string {
  const box = normaliseBox(shape);
  const colors = COLOR_VALUES[shape.color];
  const paint = `fill="${shape.filled ? colors.fill : 'none'}" stroke="${colors.ink}" stroke-width="2"`;
  const outline =
    shape.kind === 'ellipse'
      ? `<ellipse cx="${num(box.x + box.w / 2)}" cy="${num(box.y + box.h / 2)}" rx="${num(box.w / 2)}" ry="${num(box.h / 2)}" ${paint}/>`
      : rect(box, 4, paint);
  if (shape.text === '') return outline;
  return `<g>${outline}${layoutText(objectTextLayout(shape))}</g>`;
}

function layoutText({ lines, x, top, fontSize, fill, anchor }: TextLayout): string {
  return textLines(lines, anchor === 'middle' ? { x, top, fontSize, fill, anchor } : { x, top, fontSize, fill });
}

function drawLine(line: LineObject): string {
  return drawArrowLine({ x1: line.x, y1: line.y, x2: line.x + line.w, y2: line.y + line.h }, COLOR_VALUES[line.color].ink, 3, line.arrow);
}

function drawConnector(connector: ConnectorObject, snapshot: BoardSnapshot): string {
  const ends = connectorEnds(connector, snapshot);
  return ends ? drawArrowLine(ends, COLOR_VALUES[connector.color].ink, 2, connector.arrow) : '';
}

function drawStroke(stroke: StrokeObject): string {
  const d = strokeOutlinePath(stroke);
  return d === '' ? '' : `<path d="${escapeXml(d)}" fill="${COLOR_VALUES[stroke.color].ink}"/>`;
}

function drawImage(image: ImageObject, options: BoardSvgOptions): string {
  const box = normaliseBox(image);
  const href = options.imageHref(image.uploadId);
  const title = image.alt === '' ? '' : `<title>${escapeXml(image.alt)}</title>`;
  if (href === '') return `<g>${title}${rect(box, 4, 'fill="#f2f4f7" stroke="#d0d5dd" stroke-width="1"')}</g>`;
  return (
    `<image href="${escapeXml(href)}" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" ` +
    `preserveAspectRatio="xMidYMid meet">${title}</image>`
  );
}

function drawFrame(frame: FrameObject): string {
  const box = normaliseBox(frame);
  const colors = COLOR_VALUES[frame.color];
  const outline = rect(box, 8, `fill="${colors.fill}" fill-opacity="0.45" stroke="${colors.ink}" stroke-opacity="0.5" stroke-width="2"`);
  if (frame.title === '') return outline;
  const [title = ''] = wrapText(frame.title.replace(/\s+/g, ' '), Math.max(box.w, 80), FRAME_TITLE_FONT_SIZE, 1);
  return (
    `<g>${outline}<text x="${num(box.x)}" y="${num(box.y - 8)}" font-size="${FRAME_TITLE_FONT_SIZE}" ` +
    `font-weight="600" fill="${colors.ink}">${escapeXml(title)}</text></g>`
  );
}

/** A straight line, with a filled arrowhead at its end when asked (explicit geometry: every renderer draws it alike). */
function drawArrowLine(ends: { x1: number; y1: number; x2: number; y2: number }, ink: string, width: number, arrow: boolean): string {
  const length = Math.hypot(ends.x2 - ends.x1, ends.y2 - ends.y1);
  const head = Math.min(width * 4 + 4, length);
  if (!arrow || length === 0) return segment(ends, ink, width);
  const ux = (ends.x2 - ends.x1) / length;
  const uy = (ends.y2 - ends.y1) / length;
  const baseX = ends.x2 - ux * head;
  const baseY = ends.y2 - uy * head;
  const half = head / 2;
  const tip = `${num(ends.x2)},${num(ends.y2)}`;
  const left = `${num(baseX - uy * half)},${num(baseY + ux * half)}`;
  const right = `${num(baseX + uy * half)},${num(baseY - ux * half)}`;
  // The shaft stops inside the head, so its round cap never pokes past the tip.
  const shaft = { x1: ends.x1, y1: ends.y1, x2: ends.x2 - ux * head * 0.6, y2: ends.y2 - uy * head * 0.6 };
  return `<g>${segment(shaft, ink, width)}<path d="M${tip} L${left} L${right} Z" fill="${ink}"/></g>`;
}

function segment(ends: { x1: number; y1: number; x2: number; y2: number }, ink: string, width: number): string {
  return (
    `<line x1="${num(ends.x1)}" y1="${num(ends.y1)}" x2="${num(ends.x2)}" y2="${num(ends.y2)}" ` +
    `stroke="${ink}" stroke-width="${width}" stroke-linecap="round"/>`
  );
}
