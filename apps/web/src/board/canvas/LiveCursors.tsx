import { BoardCursors } from '../presence/BoardCursors';
import type { BoardPeer } from '../presence/use-board-awareness';
import { useViewport } from './use-viewport';
import type { ViewportStore } from './viewport-store';

/** Others' pointers, following the live viewport without re-rendering the board. */
export function LiveCursors({ peers, store }: { peers: readonly BoardPeer[]; store: ViewportStore }) {
  const viewport = useViewport(store);
  return <BoardCursors peers={peers} viewport={viewport} />;
}
