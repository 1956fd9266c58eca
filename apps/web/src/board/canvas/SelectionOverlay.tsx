import { connectorEnds, objectBounds, type BoardSnapshot, type Box } from '@kopa/board';
import { memo } from 'react';
import { boardToScreen, type Viewport } from '../viewport';
import type { GesturePreview } from './gesture-types';
import { BOX_HANDLES, handlePoint } from './resize-box';
import { useDrawnViewport } from './use-drawn-viewport';
import type { ViewportStore } from './viewport-store';

interface SelectionOverlayProps {
  store: ViewportStore;
  snapshot: BoardSnapshot;
  selection: readonly string[];
  /** The object Tab is on while gathering a selection from the keyboard, drawn dashed. */
  focusId: string | null;
  preview: GesturePreview | null;
  /** Handles only for those who may change the board, and one object at a time. */
  canResize: boolean;
}

/**
 * The selection drawn in screen space, so outlines and handles keep their size
 * at any zoom. During a pan or zoom it is moved by a transform and drawn again
 * once the view is still (a select-all on a big board is thousands of outlines).
 */
export const SelectionOverlay = memo(function SelectionOverlay({ store, snapshot, selection, focusId, preview, canResize }: SelectionOverlayProps) {
  const { viewport, ref } = useDrawnViewport(store);
  const selected = selection.flatMap((id) => {
    const object = snapshot.byId.get(id);
    return object ? [object] : [];
  });
  const single = selected.length === 1 ? selected[0] : undefined;
  const focused = focusId !== null ? snapshot.byId.get(focusId) : undefined;
  const focusBox = focused ? toScreen(viewport, objectBounds(focused, snapshot)) : null;
  return (
    <svg ref={ref} className="board-overlay" aria-hidden="true" width={viewport.width} height={viewport.height}>
      {selected.map((object) => {
        if (object.type === 'line' || object.type === 'connector') return null;
        const box = toScreen(viewport, objectBounds(object, snapshot));
        return <rect key={object.id} className="board-overlay__outline" x={box.x - 4} y={box.y - 4} width={box.w + 8} height={box.h + 8} rx={6} />;
      })}
      {selected.map((object) => {
        if (object.type !== 'line' && object.type !== 'connector') return null;
        const ends =
          object.type === 'line' ? { x1: object.x, y1: object.y, x2: object.x + object.w, y2: object.y + object.h } : connectorEnds(object, snapshot);
        if (!ends) return null;
        const a = boardToScreen(viewport, { x: ends.x1, y: ends.y1 });
        const b = boardToScreen(viewport, { x: ends.x2, y: ends.y2 });
        return <line key={object.id} className="board-overlay__segment" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />;
      })}
      {canResize && single && single.type === 'line' ? (
        <>
          <Handle name="start" point={boardToScreen(viewport, { x: single.x, y: single.y })} />
          <Handle name="end" point={boardToScreen(viewport, { x: single.x + single.w, y: single.y + single.h })} />
        </>
      ) : null}
      {canResize && single && single.type !== 'line' && single.type !== 'connector'
        ? BOX_HANDLES.map((handle) => (
            <Handle key={handle} name={handle} point={handlePoint(toScreen(viewport, objectBounds(single, snapshot)), handle)} />
          ))
        : null}
      {focusBox ? (
        <rect className="board-overlay__focus" x={focusBox.x - 8} y={focusBox.y - 8} width={focusBox.w + 16} height={focusBox.h + 16} rx={8} />
      ) : null}
      {preview?.marquee ? <MarqueeBox box={toScreen(viewport, preview.marquee)} /> : null}
      {preview?.connect ? (
        <line
          className="board-overlay__connect"
          {...pointsOf(boardToScreen(viewport, preview.connect.from), boardToScreen(viewport, preview.connect.to))}
        />
      ) : null}
    </svg>
  );
});

function Handle({ name, point }: { name: string; point: { x: number; y: number } }) {
  return (
    <g data-handle={name} className={`board-overlay__handle board-overlay__handle--${name}`}>
      {/* A bigger invisible target around the small visible handle, for fingers. */}
      <circle cx={point.x} cy={point.y} r={16} className="board-overlay__handle-target" />
      <rect x={point.x - 6} y={point.y - 6} width={12} height={12} rx={3} className="board-overlay__handle-mark" />
    </g>
  );
}

function MarqueeBox({ box }: { box: Box }) {
  return <rect className="board-overlay__marquee" x={box.x} y={box.y} width={box.w} height={box.h} />;
}

function toScreen(viewport: Viewport, box: Box): Box {
  const topLeft = boardToScreen(viewport, { x: box.x, y: box.y });
  return { x: topLeft.x, y: topLeft.y, w: box.w * viewport.zoom, h: box.h * viewport.zoom };
}

function pointsOf(a: { x: number; y: number }, b: { x: number; y: number }) {
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}
