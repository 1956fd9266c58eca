import { HandQueue } from './HandQueue';
import type { LiveContextValue } from './live-context';
import { LiveRoster } from './LiveRoster';
import type { JoinedSession } from './use-live-session';

/** The hands up (in order), then everyone in the lesson. */
export function PeopleTab({ live, session, present }: { live: LiveContextValue; session: JoinedSession; present: number }) {
  return (
    <>
      {session.state.hands.length > 0 ? <HandQueue live={live} state={session.state} /> : null}
      <LiveRoster live={live} state={session.state} present={present} />
    </>
  );
}
