import { lazy, Suspense } from 'react';
import { LiveEndedNote } from './LiveEndedNote';
import { LiveInvitation } from './LiveInvitation';
import { invitations } from './live-announcements';
import { useLive } from './live-context';
import './LiveLayer.css';

// The panel (roster, chat, polls, the hosts' tools) loads only once someone is in a lesson.
const LiveDock = lazy(() => import('./LiveDock'));

/** What live lessons put on every page: the invitation to join, the note when one ended, the panel while in one. */
export function LiveLayer() {
  const live = useLive();
  if (!live) return null;
  const offers = live.session ? [] : invitations(live.running, live.joining, live.dismissed);
  // The newest lesson first; two at most, so the page stays usable.
  const shown = offers.slice(-2).reverse();
  return (
    <>
      {shown.length > 0 || live.ended ? (
        <div className="live-layer">
          {live.ended ? <LiveEndedNote ended={live.ended} onClose={live.dismissEnded} /> : null}
          {shown.map((announcement) => (
            <LiveInvitation key={announcement.id} announcement={announcement} />
          ))}
        </div>
      ) : null}
      {live.session ? (
        <Suspense fallback={null}>
          <LiveDock />
        </Suspense>
      ) : null}
    </>
  );
}
