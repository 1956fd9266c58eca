import type { BoardSnapshot, BoxedObject, ConnectorObject } from './board-types.js';
import { boxOf } from './object-box.js';

export interface ConnectorEnds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Where a connector is drawn: from the edge of one object towards the other's
 * centre, to the edge of the other (ellipses by their outline, everything else
 * by its box). Null when an end is missing or is itself a connector.
 */
export function connectorEnds(connector: ConnectorObject, snapshot: BoardSnapshot): ConnectorEnds | null {
  const from = snapshot.byId.get(connector.fromId);
  const to = snapshot.byId.get(connector.toId);
  if (!from || !to || from.type === 'connector' || to.type === 'connector') return null;
  const a = centreOf(from);
  const b = centreOf(to);
  const start = edgeTowards(from, b);
  const end = edgeTowards(to, a);
  return { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
}

function centreOf(object: BoxedObject): { x: number; y: number } {
  const box = boxOf(object);
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
}

/** The point where the ray from the object's centre towards `target` leaves its outline. */
function edgeTowards(object: BoxedObject, target: { x: number; y: number }): { x: number; y: number } {
  const box = boxOf(object);
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const dx = target.x - cx;
  const dy = target.y - cy;
  const hw = box.w / 2;
  const hh = box.h / 2;
  if ((dx === 0 && dy === 0) || (hw === 0 && hh === 0)) return { x: cx, y: cy };
  let t: number;
  if (object.type === 'shape' && object.kind === 'ellipse' && hw > 0 && hh > 0) {
    t = 1 / Math.hypot(dx / hw, dy / hh);
  } else {
    const tx = dx === 0 ? Infinity : hw / Math.abs(dx);
    const ty = dy === 0 ? Infinity : hh / Math.abs(dy);
    t = Math.min(tx, ty);
  }
  // A target inside the object: stay at the centre side of it rather than overshoot.
  t = Math.min(t, 1);
  return { x: cx + dx * t, y: cy + dy * t };
}
