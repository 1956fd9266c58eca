import { isStaffRole } from '@kopa/protocol';
import { memo } from 'react';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { useLive } from './live-context';
import { sessionCovers } from './live-locks';
import { nameOf } from './live-roster';
import { RevertedNotice } from './RevertedNotice';
import { useLiveItemLock } from './use-live-item-lock';

/**
 * On a document, board or post page during a lesson: "Carmen paused editing for
 * now" when a lock holds this pupil back here (the editor itself turns read-only
 * because the server says so), and "Carmen is keeping everyone here" while the
 * host holds the class on this item (leaving brings them back). And, until closed,
 * "Carmen took back your recent changes" about this item (after the lesson too).
 * Memoised: the page around it renders again on every keystroke.
 */
export const LiveItemNotices = memo(function LiveItemNotices({ spaceId, itemId }: { spaceId: string; itemId: string }) {
  const t = useT();
  const live = useLive();
  const lock = useLiveItemLock(spaceId, itemId);
  const state = live?.session?.state;
  const reverted = live?.reverted.find((note) => note.itemId === itemId) ?? null;
  const revertedNotice = reverted && live ? <RevertedNotice note={reverted} onClose={() => live.dismissReverted(itemId)} /> : null;
  if (!live || !state || !sessionCovers({ spaceId: state.spaceId, spaceKind: live.spaceKind }, spaceId)) return revertedNotice;
  const spotlight = state.spotlight;
  const kept = spotlight !== null && spotlight.follow && spotlight.itemId === itemId && !state.youHost && !isStaffRole(live.me.role);
  return (
    <>
      {lock ? <Banner tone="locked">{t('live.locked.banner', { name: lock.byName })}</Banner> : null}
      {kept ? <Banner tone="info">{t('live.kept.banner', { name: nameOf(state.participants, spotlight.byUserId) ?? t('live.someHost') })}</Banner> : null}
      {revertedNotice}
    </>
  );
});
