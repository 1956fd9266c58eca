import type { ItemDetail } from '@kopa/protocol';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useItemDetail } from '../spaces/use-item-detail';
import { useProviderState } from '../editor/use-provider-state';
import { RefusedEditsNotice } from '../editor/RefusedEditsNotice';
import { useRefusedEdits } from '../editor/use-refused-edits';
import { useT } from '../i18n/use-t';
import { LiveItemNotices } from '../live/LiveItemNotices';
import { useLiveItemLock } from '../live/use-live-item-lock';
import { useLiveBoard } from '../live/use-live-board';
import { useSpacePresence } from '../live/use-space-presence';
import { RescuedTexts } from '../offline/RescuedTexts';
import { useLocalCopy } from '../offline/use-local-copy';
import { useRescuedTexts } from '../offline/use-rescued-texts';
import { useUnavailableCopy } from '../offline/use-unavailable-copy';
import { useMe, useSession } from '../session/use-session';
import { BackLink } from '../ui/BackLink';
import { Banner } from '../ui/Banner';
import { LoadStatus } from '../ui/LoadStatus';
import { PageShell } from '../ui/PageShell';
import { Spinner } from '../ui/Spinner';
import { BoardHeader } from './BoardHeader';
import { BoardCanvas } from './canvas/BoardCanvas';
import { useBoardAwareness } from './presence/use-board-awareness';
import { useBoard, useBoardSnapshot } from './use-board';
import { useItemLock } from '../spaces/use-item-lock';
import { WallView } from './wall/WallView';
import { ItemLanguageProvider } from '../languages/ItemLanguageContext';
import './BoardPage.css';

/** One board, open for working on together (or looking at, for those who may not change it). */
export default function BoardPage({ itemId }: { itemId: string }) {
  const t = useT();
  const me = useMe();
  const { loaded, reload: load } = useItemDetail(itemId);
  // The board cannot be opened any more: what this device kept of it is settled (unsaved text kept to copy).
  useUnavailableCopy(me.id, itemId, loaded.status === 'failed' ? loaded.error : null);

  return (
    <PageShell>
      <div className="board-page">
        <BackLink href={loaded.status === 'ready' ? `/spaces/${loaded.item.space.id}` : '/'}>
          {loaded.status === 'ready' ? t('spacePage.backTo', { title: loaded.item.space.title }) : t('board.back')}
        </BackLink>
        <RescuedTexts userId={me.id} itemId={itemId} />
        <LoadStatus state={loaded} onRetry={load} />
        {loaded.status === 'ready' ? (
          <ItemLanguageProvider language={loaded.item.language ?? ''}>
            <OpenBoardView key={loaded.item.id} item={loaded.item} onAccessLost={load} />
          </ItemLanguageProvider>
        ) : null}
      </div>
    </PageShell>
  );
}

function OpenBoardView({ item, onAccessLost }: { item: ItemDetail; onAccessLost(): void }) {
  const t = useT();
  const me = useMe();
  const { refresh } = useSession();
  const { generation, refused, onEditsRefused } = useRefusedEdits(onAccessLost);
  const { board: connected, synced, loaded } = useBoard(item.docId, item.canEdit, { userId: me.id, itemId: item.id, title: item.title }, generation);
  // Until the first sync the layout is not known: a wall must not flash up as a canvas (nor share a canvas view).
  const board = loaded ? connected : null;
  const snapshot = useBoardSnapshot(board?.model ?? null);
  useProviderState(connected?.provider ?? null, refresh, onAccessLost);
  const saveState = useLocalCopy(connected?.copy ?? null, onEditsRefused);
  // The text the server refused shows above, with why: the general notice would say it twice.
  const rescued = useRescuedTexts(me.id, item.id).length > 0;
  const { peers, publish } = useBoardAwareness(connected?.provider ?? null);
  const [following, setFollowing] = useState<number | null>(null);
  const lock = useItemLock(item, onAccessLost);
  const area = useFillHeight();
  useSpacePresence(item.space.id);
  // In a lesson: hosts bring everyone to this board's view; participants are shown it.
  useLiveBoard(item.id, connected?.provider ?? null, synced);
  // A teacher paused editing in a live lesson: that banner says why, instead of the general one.
  const liveLock = useLiveItemLock(item.space.id, item.id);

  const model = board?.model;
  const getSnapshot = useCallback(() => model!.snapshot(), [model]);

  return (
    <article className="board-page__board" aria-labelledby="board-title" ref={area}>
      <BoardHeader
        item={item}
        saveState={saveState}
        peers={peers}
        canFollow={snapshot.layout === 'canvas'}
        following={following}
        onFollow={setFollowing}
        undo={item.canEdit ? (board?.undo ?? null) : null}
        getSnapshot={model ? getSnapshot : null}
        lock={item.canModerate ? lock : null}
      />
      {lock.problem ? <Banner tone="error">{lock.problem}</Banner> : null}
      <LiveItemNotices spaceId={item.space.id} itemId={item.id} />
      <RefusedEditsNotice refused={refused && !rescued} />
      {item.canEdit || liveLock ? null : <Banner tone="locked">{t(item.locked ? 'board.readOnlyLocked' : 'board.readOnly')}</Banner>}
      <div className="board-page__area">
        {connected && !loaded ? <Spinner label={t('app.loading')} /> : null}
        {board && snapshot.layout === 'wall' ? <WallView model={board.model} snapshot={snapshot} canEdit={item.canEdit} /> : null}
        {board && snapshot.layout === 'canvas' ? (
          <BoardCanvas
            model={board.model}
            undo={board.undo}
            snapshot={snapshot}
            canEdit={item.canEdit}
            title={item.title}
            spaceId={item.space.id}
            synced={synced}
            peers={peers}
            following={following}
            onFollow={setFollowing}
            publish={publish}
          />
        ) : null}
      </div>
    </article>
  );
}

/**
 * The board fills the window below the app's header, whatever that header's
 * height (it wraps differently on each screen): measured, then set as a height,
 * and measured again when something comes or goes above it.
 */
function useFillHeight() {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      // Room kept at the bottom of the page (a live lesson's bar) is not the board's.
      const kept = parseFloat(getComputedStyle(document.body).paddingBottom) || 0;
      element.style.height = `${Math.max(420, window.innerHeight - top - 12 - kept)}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    // Something came or went above it (the text the server would not take): fit again.
    const above = new MutationObserver(fit);
    if (element.parentElement) above.observe(element.parentElement, { childList: true });
    return () => {
      window.removeEventListener('resize', fit);
      above.disconnect();
    };
  }, []);
  return ref;
}
