import type { ItemSummary } from '@kopa/protocol';
import { useRef } from 'react';
import { BackLink } from '../ui/BackLink';
import { useT } from '../i18n/use-t';
import { SpaceLiveEntry } from '../live/SpaceLiveEntry';
import { useAccessChanged } from '../live/use-access-changed';
import { useMe } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { LoadStatus } from '../ui/LoadStatus';
import { PageShell } from '../ui/PageShell';
import { ArchivedItems } from './ArchivedItems';
import { activeItems, archivedItems } from './item-order';
import { ItemRow } from './ItemRow';
import { NewDocumentForm } from './NewDocumentForm';
import { readOnlyReason } from './read-only-reason';
import { SpaceBin } from './SpaceBin';
import { SpaceExport } from './SpaceExport';
import { SpaceKindBadge } from './SpaceKindBadge';
import { SpacePresence } from './SpacePresence';
import { useItemCommands } from './use-item-commands';
import { useSpace, type SpaceState } from './use-space';
import { useItemChanged } from './use-item-changed';
import './SpacePage.css';
import { EmptyState } from '../ui/EmptyState';

/** One space and its documents: open them; members create, rename, reorder, archive and delete; teachers restore and export. */
export function SpacePage({ spaceId }: { spaceId: string }) {
  const t = useT();
  const { state, reload, show } = useSpace(spaceId);
  // Someone's rights changed (an item deleted or restored, a team changed): show what is true now.
  useAccessChanged(() => void reload());
  // An item renamed or given another language by someone else.
  useItemChanged({ spaceId }, () => void reload());

  return (
    <PageShell>
      <BackLink href="/">
        {t('editor.back')}
      </BackLink>
      <LoadStatus state={state} onRetry={() => void reload()} />
      {state.status === 'ready' ? <OpenSpace state={state} reload={reload} show={show} /> : null}
    </PageShell>
  );
}

interface OpenSpaceProps {
  state: Extract<SpaceState, { status: 'ready' }>;
  reload(): Promise<void>;
  show: Parameters<typeof useItemCommands>[2];
}

function OpenSpace({ state: { space, bin }, reload, show }: OpenSpaceProps) {
  const t = useT();
  const me = useMe();
  const commands = useItemCommands(space, reload, show);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const listed = activeItems(space.items);
  const archived = archivedItems(space.items);
  const reason = readOnlyReason(me.role, space);

  // The item left the list: the keyboard lands at the list's heading, next to what happened.
  const thenToList = (done: Promise<boolean>) =>
    done.then((ok) => {
      if (ok) listHeading.current?.focus();
      return ok;
    });

  return (
    <article className="space-page" aria-labelledby="space-title">
      <header className="space-page__header">
        <div className="space-page__titles">
          <SpaceKindBadge kind={space.kind} />
          <h1 id="space-title" className="space-page__title">
            {space.title}
          </h1>
        </div>
        <SpacePresence spaceId={space.id} />
      </header>
      {reason ? <Banner tone="info">{t(reason)}</Banner> : null}
      <SpaceLiveEntry spaceId={space.id} />
      {space.canEdit ? <NewDocumentForm spaceId={space.id} /> : null}

      <section className="space-page__items" aria-labelledby="items-heading">
        <h2 id="items-heading" ref={listHeading} tabIndex={-1} className="space-page__heading">
          {t('spacePage.items')}
        </h2>
        {commands.problem ? <Banner tone="error">{commands.problem}</Banner> : null}
        {commands.notice ? <NoticeBanner text={commands.notice.text} undo={commands.notice.undo} onUndo={commands.restore} /> : null}
        {listed.length === 0 ? (
          <EmptyState picture="pages" compact>
            {t(space.canEdit ? 'spacePage.emptyEditor' : 'space.emptyItems')}
          </EmptyState>
        ) : (
          <ul className="space-page__list">
            {listed.map((item, position) => (
              <ItemRow
                key={item.id}
                item={item}
                position={position}
                count={listed.length}
                canArrange={space.canEdit}
                canLock={space.canManage && item.type === 'board'}
                onLock={(locked) => void commands.lock(item, locked)}
                onRename={(title) => commands.rename(item, title)}
                onMove={(by) => commands.move(item, by)}
                onArchive={() => void thenToList(commands.archive(item))}
                onDelete={() => thenToList(commands.remove(item))}
              />
            ))}
          </ul>
        )}
        <p className="visually-hidden" role="status">
          {commands.announcement}
        </p>
      </section>

      {archived.length > 0 ? (
        <ArchivedItems items={archived} canArrange={space.canEdit} onBringBack={(item) => void commands.bringBack(item)} />
      ) : null}
      <SpaceExport key={space.id} partnershipId={space.partnershipId} spaceId={space.id} />
      {bin ? <SpaceBin items={bin} onRestore={(item) => void commands.restore(item)} /> : null}
    </article>
  );
}

function NoticeBanner({ text, undo, onUndo }: { text: string; undo?: ItemSummary; onUndo(item: ItemSummary): void }) {
  const t = useT();
  return (
    <Banner
      tone="success"
      action={
        undo ? (
          <Button variant="secondary" onClick={() => onUndo(undo)}>
            {t('spacePage.undo')}
          </Button>
        ) : undefined
      }
    >
      {text}
    </Banner>
  );
}
