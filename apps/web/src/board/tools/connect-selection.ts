import type { BoardColor, BoardSnapshot, NewObject } from '@kopa/board';

/**
 * The connector joining a selection of exactly two things (not connectors),
 * from the first selected to the second, or null for any other selection.
 */
export function connectorForSelection(selection: readonly string[], snapshot: BoardSnapshot, color: BoardColor): NewObject | null {
  const objects = selection.flatMap((id) => snapshot.byId.get(id) ?? []);
  if (objects.length !== 2) return null;
  const [from, to] = objects as [(typeof objects)[number], (typeof objects)[number]];
  if (from.type === 'connector' || to.type === 'connector' || from.id === to.id) return null;
  return { type: 'connector', fromId: from.id, toId: to.id, color, arrow: true };
}
