import { COLOR_VALUES, type BoardColor } from '@kopa/board';
import { arrowHeadPoints } from './arrow-head';

const WIDTH = 4;

/** A straight line or arrow (lines and connectors), with a wide invisible band to make it easy to grab. */
export function SegmentView({ x1, y1, x2, y2, color, arrow }: { x1: number; y1: number; x2: number; y2: number; color: BoardColor; arrow: boolean }) {
  const ink = COLOR_VALUES[color].ink;
  return (
    <>
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="transparent" strokeWidth={20} strokeLinecap="round" pointerEvents="stroke" />
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={ink} strokeWidth={WIDTH} strokeLinecap="round" />
      {arrow && (x1 !== x2 || y1 !== y2) ? <polygon points={arrowHeadPoints(x1, y1, x2, y2, 18)} fill={ink} stroke={ink} strokeWidth={2} strokeLinejoin="round" /> : null}
    </>
  );
}
