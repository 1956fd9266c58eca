import { lazy, Suspense } from 'react';
import { LiveEndedNote } from './LiveEndedNote';
import { LiveInvitation } from './LiveInvitation';
import { invitations } from './live-announcements';
import { useLive } from './live-context';
import { RevertedAnnouncer } from './RevertedNotice';
import { RevertedNotices } from './RevertedNotices';
import './LiveLayer.css';

// The panel (roster, chat, polls, the hosts' tools) loads only once someone is in a lesson.
const LiveDock = lazy(() => import('./LiveDock'));

/**
 * What live lessons put on every page: the invitation to join, the note when one
 * ended, the panel while in one, and (after leaving too) the notes about changes a
 * host took back; those are said once by one live region here, wherever they show.
 */
export function LiveLayer() {
  const live = useLive();
  if (!live) return null;
  const offers = live.session ? [] : invitations(live.running, live.joining, live.dismissed);
  // The newest lesson first; two at most, so the page stays usable.
  const shown = offers.slice(-2).reverse();
  // In a lesson, the dock shows them (above its bar, or in the panel).
  const notesHere = !live.session && live.reverted.length > 0;
  return (
    <>
      {shown.length > 0 || live.ended || notesHere ? (
        <div className="live-layer">
          {notesHere ? <RevertedNotices live={live} floating /> : null}
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
      <RevertedAnnouncer notes={live.reverted} />
    </>
  );
}
