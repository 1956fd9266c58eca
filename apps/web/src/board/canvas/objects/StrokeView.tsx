import { COLOR_VALUES, strokeOutlinePath, type StrokeObject } from '@kopa/board';
import { useMemo } from 'react';

/** A pen drawing: perfect-freehand's outline, filled with the ink colour. */
export function StrokeView({ stroke }: { stroke: StrokeObject }) {
  const path = useMemo(() => strokeOutlinePath(stroke), [stroke]);
  return <path d={path} fill={COLOR_VALUES[stroke.color].ink} stroke="transparent" strokeWidth={12} pointerEvents="all" />;
}
