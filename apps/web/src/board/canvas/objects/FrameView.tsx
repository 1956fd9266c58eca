import { COLOR_VALUES, type FrameObject } from '@kopa/board';
import { FRAME_TITLE_UNITS } from './text-style';

/**
 * A frame groups what lies in it. Only its title and border take the pointer, so
 * what is inside stays easy to grab and a drag on its empty middle still selects.
 */
export function FrameView({ frame, hidden }: { frame: FrameObject; hidden: boolean }) {
  const colors = COLOR_VALUES[frame.color];
  return (
    <>
      <rect x={frame.x} y={frame.y} width={frame.w} height={frame.h} rx={12} fill={colors.fill} fillOpacity={0.35} pointerEvents="none" />
      <rect
        x={frame.x}
        y={frame.y}
        width={frame.w}
        height={frame.h}
        rx={12}
        fill="none"
        stroke={colors.ink}
        strokeOpacity={0.55}
        strokeWidth={2}
        pointerEvents="stroke"
        className="board-frame-border"
      />
      {hidden ? null : (
        <text x={frame.x + 4} y={frame.y - 10} fontSize={FRAME_TITLE_UNITS} fill={colors.ink} className="board-frame-title" pointerEvents="all">
          {frame.title}
        </text>
      )}
    </>
  );
}
