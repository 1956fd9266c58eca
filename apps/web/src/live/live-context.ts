import type { ItemSummary, Me, SpaceKind } from '@kopa/protocol';
import { createContext, useContext } from 'react';
import type { BoardViewRegistry } from './board-view-registry';
import type { LiveSessionApi } from './use-live-session';

/** Everything the live-session UI shares: the socket side, and what the panel and pages need with it. */
export interface LiveContextValue extends LiveSessionApi {
  me: Me;
  /** Sessions put off with "Not now" (for this tab). */
  dismissed: ReadonlySet<string>;
  dismiss(sessionId: string): void;
  /** The items of the joined session's space (titles for the roster, places for locks); null while loading. */
  spaceItems: ItemSummary[] | null;
  /** The kind of the joined session's space (null while loading): one on the partnership's space covers every space. */
  spaceKind: SpaceKind | null;
  boardViews: BoardViewRegistry;
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
}

export const LiveContext = createContext<LiveContextValue | null>(null);

/** The live session, or null outside the signed-in app (nothing live to show there). */
export function useLive(): LiveContextValue | null {
  return useContext(LiveContext);
}
