import { useLocation } from 'wouter';
import type { LiveContextValue } from './live-context';
import { revertedElsewhere } from './live-reverted';
import { itemFromPath } from './live-routes';
import { RevertedNotice } from './RevertedNotice';

/**
 * The notes about changes a host took back, wherever the pupil is: the one about
 * the item open on this page is on the page itself (LiveItemNotices), the others
 * here, each with the way to its item when the lesson's space knows it.
 */
export function RevertedNotices({ live, floating = false }: { live: LiveContextValue; floating?: boolean }) {
  const [location] = useLocation();
  const notes = revertedElsewhere(live.reverted, itemFromPath(location)?.itemId ?? null);
  if (notes.length === 0) return null;
  return (
    <div className="reverted-notices">
      {notes.map((note) => (
        <RevertedNotice
          key={note.itemId}
          note={note}
          floating={floating}
          item={live.spaceItems?.find((item) => item.id === note.itemId) ?? null}
          onClose={() => live.dismissReverted(note.itemId)}
        />
      ))}
    </div>
  );
}
