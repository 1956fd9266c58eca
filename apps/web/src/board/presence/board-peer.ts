import type { Point, Viewport } from '../viewport';

/** Someone else on the board, as their awareness state says (the server sets name and colour). */
export interface BoardPeer {
  clientId: number;
  name: string;
  color: string;
  cursor: Point | null;
  viewport: Viewport | null;
}

/**
 * What each client publishes in its awareness state, under `board`: its pointer
 * and what it sees on the free canvas; nothing of either on a wall (there is no
 * view to follow there), where the state only says who is here.
 */
export interface BoardAwarenessState {
  cursor: Point | null;
  viewport: Viewport | null;
}

/**
 * Says "I am on this board" in awareness, at once, whatever the layout. Until a
 * client changes its awareness state, the state it starts with has clock 0, which
 * no one else takes in (y-protocols applies only newer clocks): without this a
 * wall, where nothing else is published, showed nobody to anybody.
 */
export function announceOnBoard(awareness: { setLocalStateField(field: string, value: unknown): void }): void {
  const here: BoardAwarenessState = { cursor: null, viewport: null };
  awareness.setLocalStateField('board', here);
}

const FALLBACK_COLOR = '#545c6b';

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readPoint(value: unknown): Point | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y } = value as Record<string, unknown>;
  return finite(x) && finite(y) ? { x, y } : null;
}

function readViewport(value: unknown): Viewport | null {
  const point = readPoint(value);
  if (!point) return null;
  const { zoom, width, height } = value as Record<string, unknown>;
  if (!finite(zoom) || !finite(width) || !finite(height) || zoom <= 0 || width <= 0 || height <= 0) return null;
  return { ...point, zoom, width, height };
}

/**
 * One awareness state read defensively: it comes from another browser. States
 * without a name (not yet relayed by the server) are nobody to show.
 */
export function readBoardPeer(clientId: number, state: unknown): BoardPeer | null {
  if (typeof state !== 'object' || state === null) return null;
  const { name, color, board } = state as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return null;
  const shared = typeof board === 'object' && board !== null ? (board as Record<string, unknown>) : {};
  return {
    clientId,
    name,
    color: typeof color === 'string' && /^#[0-9a-fA-F]{3,8}$/.test(color) ? color : FALLBACK_COLOR,
    cursor: readPoint(shared.cursor),
    viewport: readViewport(shared.viewport),
  };
}
