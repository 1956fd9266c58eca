import { fitViewport, type Viewport } from '../viewport';
import type { BoardPeer } from './board-peer';

/**
 * What following someone means now: they left (stop), they have not shared
 * what they see yet (wait), or the view to show, fitted to this screen.
 */
export function followView(
  peers: readonly BoardPeer[],
  following: number,
  mySize: { width: number; height: number },
): { kind: 'gone' } | { kind: 'wait' } | { kind: 'view'; viewport: Viewport } {
  const peer = peers.find((entry) => entry.clientId === following);
  if (!peer) return { kind: 'gone' };
  if (!peer.viewport || mySize.width <= 0 || mySize.height <= 0) return { kind: 'wait' };
  return { kind: 'view', viewport: fitViewport(peer.viewport, mySize) };
}
