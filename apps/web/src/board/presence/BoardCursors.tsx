import { boardToScreen, type Viewport } from '../viewport';
import type { BoardPeer } from './board-peer';
import './BoardCursors.css';

/**
 * Everyone else's pointer with their name, in their colour, over the canvas.
 * Decoration only: screen readers get the people list (FollowMenu) instead.
 */
export function BoardCursors({ peers, viewport }: { peers: readonly BoardPeer[]; viewport: Viewport }) {
  return (
    <div className="board-cursors" aria-hidden="true">
      {peers.map((peer) => {
        if (!peer.cursor) return null;
        const at = boardToScreen(viewport, peer.cursor);
        return (
          <div key={peer.clientId} className="board-cursor" style={{ transform: `translate(${at.x}px, ${at.y}px)` }}>
            <svg className="board-cursor__pointer" width="22" height="22" viewBox="0 0 22 22">
              <path d="M3 2 L3 18 L7.5 13.8 L10.6 20.4 L13.6 19 L10.6 12.6 L16.8 12.4 Z" fill={peer.color} stroke="#fff" strokeWidth="1.6" strokeLinejoin="round" />
            </svg>
            <span className="board-cursor__name" style={{ backgroundColor: peer.color }}>
              {peer.name}
            </span>
          </div>
        );
      })}
    </div>
  );
}
