import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useMe } from '../session/use-session';
import { BoardViewRegistry } from './board-view-registry';
import { useControlSocket } from './ControlSocketProvider';
import { LiveContext, type LiveContextValue } from './live-context';
import { useLiveSession } from './use-live-session';
import { useMediaQuery } from './use-media-query';
import { itemsInView } from './live-items-in-view';
import { useOpenItemReport } from './use-open-item-report';
import { useSessionSpace } from './use-session-space';
import { useSpotlightFollow } from './use-spotlight-follow';

/** Where the panel sits beside the page instead of over it (LiveDock.css says the same). */
const WIDE = '(min-width: 1024px)';

/**
 * Live lessons for the whole signed-in app: which are running, the one this
 * person is in, and what follows from it on every page (the open item reported,
 * the spotlight followed). Inside the control socket's provider and the router.
 */
export function LiveSessionProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const socket = useControlSocket();
  const live = useLiveSession(socket, me);
  const [location] = useLocation();
  const sessionSpace = useSessionSpace(live.session?.state.spaceId ?? null, itemsInView(live.session?.state ?? null, location));
  const spaceItems = sessionSpace?.items ?? null;
  const spaceKind = sessionSpace?.kind ?? null;
  const [boardViews] = useState(() => new BoardViewRegistry());
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  // Where the panel was opened: on a phone the sheet folds away when the page changes, so the page is seen
  // (and after a reload, a phone starts with it folded; a laptop with it open beside the page).
  const wide = useMediaQuery(WIDE);
  const [panel, setPanel] = useState(() => ({ open: window.matchMedia(WIDE).matches, at: location }));
  const panelOpen = panel.open && (wide || panel.at === location);
  const setPanelOpen = useCallback((open: boolean) => setPanel({ open, at: window.location.pathname }), []);
  useOpenItemReport(live, spaceItems, spaceKind === 'partnership');
  useSpotlightFollow(live.session, me.role);

  const dismiss = useCallback((sessionId: string) => setDismissed((set) => new Set(set).add(sessionId)), []);
  const { join, start } = live;
  // Joining or starting opens the panel: that is what the person asked for.
  const openAnd = useCallback(
    <A extends unknown[], R>(action: (...args: A) => Promise<R>) =>
      (...args: A) => {
        setPanelOpen(true);
        return action(...args);
      },
    [setPanelOpen],
  );
  const joinAndOpen = useMemo(() => openAnd(join), [openAnd, join]);
  const startAndOpen = useMemo(() => openAnd(start), [openAnd, start]);

  const value = useMemo<LiveContextValue>(
    () => ({ ...live, join: joinAndOpen, start: startAndOpen, me, dismissed, dismiss, spaceItems, spaceKind, boardViews, panelOpen, setPanelOpen }),
    [live, joinAndOpen, startAndOpen, me, dismissed, dismiss, spaceItems, spaceKind, boardViews, panelOpen, setPanelOpen],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
