import { boxesIntersect, objectBounds, type BoardObject, type BoardSnapshot } from '@kopa/board';
import { memo, useMemo } from 'react';
import type { Viewport } from '../viewport';
import { ObjectView } from './objects/ObjectView';

/** Above this many objects, those far outside the view are left out (decided when a pan or zoom ends). */
const CULL_FROM = 400;

interface ObjectsLayerProps {
  snapshot: BoardSnapshot;
  editingId: string | null;
  /** The viewport when the last gesture ended, not the live one: culling never runs mid-gesture. */
  settledViewport: Viewport;
}

/** Every object, frames first (they are backgrounds for what lies in them), then the rest in stacking order. */
export const ObjectsLayer = memo(function ObjectsLayer({ snapshot, editingId, settledViewport }: ObjectsLayerProps) {
  const ordered = useMemo(() => {
    const frames: BoardObject[] = [];
    const rest: BoardObject[] = [];
    for (const object of snapshot.objects) (object.type === 'frame' ? frames : rest).push(object);
    return [...frames, ...rest];
  }, [snapshot]);

  const visible = useMemo(() => {
    if (ordered.length < CULL_FROM) return null;
    // A screen's worth of margin on every side: a short pan shows no gaps before the next cull.
    const width = settledViewport.width / settledViewport.zoom;
    const height = settledViewport.height / settledViewport.zoom;
    const area = { x: settledViewport.x - width, y: settledViewport.y - height, w: width * 3, h: height * 3 };
    return new Set(ordered.filter((object) => boxesIntersect(objectBounds(object, snapshot), area)).map((object) => object.id));
  }, [ordered, snapshot, settledViewport]);

  return (
    <>
      {ordered.map((object) =>
        visible && !visible.has(object.id) && object.id !== editingId ? null : (
          <ObjectView
            key={object.id}
            object={object}
            from={object.type === 'connector' ? snapshot.byId.get(object.fromId) : undefined}
            to={object.type === 'connector' ? snapshot.byId.get(object.toId) : undefined}
            snapshot={snapshot}
            editing={object.id === editingId}
          />
        ),
      )}
    </>
  );
});
