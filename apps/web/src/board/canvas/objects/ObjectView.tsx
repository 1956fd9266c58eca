import { connectorEnds, type BoardObject, type BoardSnapshot } from '@kopa/board';
import { memo } from 'react';
import { FrameView } from './FrameView';
import { ImageView } from './ImageView';
import { NoteView } from './NoteView';
import { SegmentView } from './SegmentView';
import { ShapeView } from './ShapeView';
import { StrokeView } from './StrokeView';
import { TextView } from './TextView';

interface ObjectViewProps {
  object: BoardObject;
  /** A connector's ends: it redraws when either of them changes. */
  from: BoardObject | undefined;
  to: BoardObject | undefined;
  snapshot: BoardSnapshot;
  /** Its text is being written in the editor on top: not drawn twice. */
  editing: boolean;
}

/**
 * One object, drawn in board units. Snapshots keep unchanged objects identical,
 * so an object redraws only when it (or a connector's end) changed — a board of
 * thousands stays quick while a few of them move.
 */
export const ObjectView = memo(
  function ObjectView({ object, snapshot, editing }: ObjectViewProps) {
    return (
      <g data-object-id={object.id} className={`board-object board-object--${object.type}`}>
        {draw(object, snapshot, editing)}
      </g>
    );
  },
  (before, after) =>
    before.object === after.object && before.from === after.from && before.to === after.to && before.editing === after.editing,
);

function draw(object: BoardObject, snapshot: BoardSnapshot, editing: boolean) {
  switch (object.type) {
    case 'note':
      return <NoteView note={object} hidden={editing} />;
    case 'text':
      return <TextView text={object} hidden={editing} />;
    case 'shape':
      return <ShapeView shape={object} hidden={editing} />;
    case 'line':
      return <SegmentView x1={object.x} y1={object.y} x2={object.x + object.w} y2={object.y + object.h} color={object.color} arrow={object.arrow} />;
    case 'connector': {
      const ends = connectorEnds(object, snapshot);
      return ends ? <SegmentView {...ends} color={object.color} arrow={object.arrow} /> : null;
    }
    case 'stroke':
      return <StrokeView stroke={object} />;
    case 'image':
      return <ImageView image={object} />;
    case 'frame':
      return <FrameView frame={object} hidden={editing} />;
  }
}
