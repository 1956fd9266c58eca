import type { Box } from './board-types.js';
import { lineBaseline } from './text-metrics.js';
import { escapeXml } from './xml-escape.js';

/** A number as an attribute value: finite, at most two decimals. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A rounded rectangle; `paint` is attribute markup this package writes, never user text. */
export function rect(box: Box, radius: number, paint: string): string {
  const rx = Math.min(radius, box.w / 2, box.h / 2);
  return `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" rx="${num(rx)}" ${paint}/>`;
}

/** Lines of text from `top` down, one tspan each. */
export function textLines(
  lines: readonly string[],
  at: { x: number; top: number; fontSize: number; fill: string; anchor?: 'middle'; weight?: number },
): string {
  if (lines.length === 0 || lines.every((line) => line === '')) return '';
  const baseline = (i: number) => lineBaseline(at.top, i, at.fontSize);
  const spans = lines
    .map((line, i) => (line === '' ? '' : `<tspan x="${num(at.x)}" y="${num(baseline(i))}">${escapeXml(line)}</tspan>`))
    .join('');
  const anchor = at.anchor ? ` text-anchor="${at.anchor}"` : '';
  const weight = at.weight ? ` font-weight="${at.weight}"` : '';
  return `<text font-size="${num(at.fontSize)}" fill="${at.fill}"${anchor}${weight}>${spans}</text>`;
}
