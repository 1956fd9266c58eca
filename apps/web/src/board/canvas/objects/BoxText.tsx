import { lineBaseline, type TextLayout } from '@kopa/board';

/**
 * An object's wrapped text as SVG lines, laid out by the board package exactly
 * as the downloads draw it. Plain SVG text, not HTML in a foreignObject: each
 * foreignObject is a layer of its own for the browser, and a thousand of them
 * made every frame of a pan slow.
 */
export function BoxText({ layout }: { layout: TextLayout }) {
  const { lines, x, top, fontSize, fill, anchor } = layout;
  if (lines.every((line) => line === '')) return null;
  return (
    <text className="board-text" fontSize={fontSize} fill={fill} textAnchor={anchor} pointerEvents="none">
      {lines.map((line, index) =>
        line === '' ? null : (
          <tspan key={index} x={x} y={lineBaseline(top, index, fontSize)}>
            {line}
          </tspan>
        ),
      )}
    </text>
  );
}
