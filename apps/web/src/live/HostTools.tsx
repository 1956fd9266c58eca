import { useLocation } from 'wouter';
import { ChatSettings } from './ChatSettings';
import { CohostPicker } from './CohostPicker';
import { EndSession } from './EndSession';
import type { LiveContextValue } from './live-context';
import { itemFromPath } from './live-routes';
import { LockControls } from './LockControls';
import { SpotlightControls } from './SpotlightControls';
import { TimerControls } from './TimerControls';
import { usePartnershipTeams } from './use-partnership-teams';
import type { JoinedSession } from './use-live-session';
import './HostTools.css';

/** The hosts' tab: bring everyone somewhere, the timer, pausing editing, the chat's rules, co-hosts, the end. */
export function HostTools({ live, session }: { live: LiveContextValue; session: JoinedSession }) {
  const [location] = useLocation();
  const teams = usePartnershipTeams(session.state.partnershipId);
  const open = itemFromPath(location);
  // The item on screen, when the lesson covers it (or while the space's items are still coming).
  const known = open ? live.spaceItems?.find((item) => item.id === open.itemId) : undefined;
  const covered = known !== undefined || live.spaceItems === null || live.spaceKind === 'partnership';
  const here = open && covered ? { ...open, title: known?.title ?? null } : null;
  return (
    <div className="host-tools">
      <SpotlightControls live={live} state={session.state} here={here} />
      <TimerControls live={live} session={session} />
      <LockControls live={live} state={session.state} teams={teams} hereId={here?.itemId ?? null} />
      <ChatSettings live={live} state={session.state} />
      <CohostPicker live={live} state={session.state} />
      <EndSession live={live} state={session.state} />
    </div>
  );
}
