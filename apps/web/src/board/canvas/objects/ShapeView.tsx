import { COLOR_VALUES, objectTextLayout, type ShapeObject } from '@kopa/board';
import { BoxText } from './BoxText';

/** A rectangle or ellipse, filled with its light tint or outlined, with an optional label in the middle. */
export function ShapeView({ shape, hidden }: { shape: ShapeObject; hidden: boolean }) {
  const colors = COLOR_VALUES[shape.color];
  const x = Math.min(shape.x, shape.x + shape.w);
  const y = Math.min(shape.y, shape.y + shape.h);
  const w = Math.abs(shape.w);
  const h = Math.abs(shape.h);
  const paint = { fill: shape.filled ? colors.fill : 'transparent', stroke: colors.ink, strokeWidth: 3, pointerEvents: 'all' as const };
  return (
    <>
      {shape.kind === 'ellipse' ? (
        <ellipse cx={x + w / 2} cy={y + h / 2} rx={w / 2} ry={h / 2} {...paint} />
      ) : (
        <rect x={x} y={y} width={w} height={h} rx={8} {...paint} />
      )}
      {hidden || shape.text === '' ? null : <BoxText layout={objectTextLayout(shape)} />}
    </>
  );
}
