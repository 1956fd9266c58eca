import type { CSSProperties } from 'react';
import type { Box } from '@kopa/board';

/**
 * Wrapped text inside a box: SVG text does not wrap, so the canvas lays it out
 * with HTML inside a foreignObject (the downloads use boardToSvg's own lines).
 */
export function BoxText({ box, text, style, align = 'start' }: { box: Box; text: string; style: CSSProperties; align?: 'start' | 'center' }) {
  if (text === '') return null;
  return (
    <foreignObject x={box.x} y={box.y} width={Math.max(1, box.w)} height={Math.max(1, box.h)} pointerEvents="none">
      <div className={`board-text board-text--${align}`} style={style}>
        {text}
      </div>
    </foreignObject>
  );
}
