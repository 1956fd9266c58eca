import { colorForUser, personLabel, type ItemDetail } from '@kopa/protocol';
import { History } from 'lucide-react';
import { useCallback, useState } from 'react';
import { BackLink } from '../ui/BackLink';
import { useItemDetail } from '../spaces/use-item-detail';
import { ItemLockButton } from '../spaces/ItemLockButton';
import { useItemLock } from '../spaces/use-item-lock';
import { HistoryPanel } from '../history/HistoryPanel';
import { useT } from '../i18n/use-t';
import { LiveItemNotices } from '../live/LiveItemNotices';
import { useLiveItemLock } from '../live/use-live-item-lock';
import { useSpacePresence } from '../live/use-space-presence';
import { useMe, useSession } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { PageShell } from '../ui/PageShell';
import { PublicApproval } from '../showcase/PublicApproval';
import type { LocalCopy } from '../offline/local-copy';
import { RescuedTexts } from '../offline/RescuedTexts';
import { CopySaveIndicator } from '../offline/CopySaveIndicator';
import { useCopyRefused } from '../offline/use-local-copy';
import { useRescuedTexts } from '../offline/use-rescued-texts';
import { useUnavailableCopy } from '../offline/use-unavailable-copy';
import { CollaborativeEditor } from './CollaborativeEditor';
import { useJustCreated } from './use-just-created';
import { useProviderState } from './use-provider-state';
import { Writers } from './Writers';
import { RefusedEditsNotice } from './RefusedEditsNotice';
import { useRefusedEdits } from './use-refused-edits';
import { LoadStatus } from '../ui/LoadStatus';
import { PrintButton } from '../print/PrintButton';
import { ItemLanguageProvider } from '../languages/ItemLanguageContext';
import { TextTools } from '../languages/TextTools';
import './DocumentPage.css';

/** One document, open for writing together (or reading, for those who may not change it). */
export default function DocumentPage({ itemId }: { itemId: string }) {
  const t = useT();
  const me = useMe();
  const justCreated = useJustCreated(itemId);
  const { loaded, reload: load } = useItemDetail(itemId);
  // The item cannot be opened any more: what this device kept of it is settled (unsaved text kept to copy).
  useUnavailableCopy(me.id, itemId, loaded.status === 'failed' ? loaded.error : null);

  return (
    <PageShell>
      {/* Back to the document's space once it is known; home until then (or when it cannot be opened). */}
      <BackLink href={loaded.status === 'ready' ? `/spaces/${loaded.item.space.id}` : '/'}>
        {loaded.status === 'ready' ? t('spacePage.backTo', { title: loaded.item.space.title }) : t('editor.back')}
      </BackLink>
      <RescuedTexts userId={me.id} itemId={itemId} />
      <LoadStatus state={loaded} onRetry={load} />
      {loaded.status === 'ready' ? (
        <ItemLanguageProvider language={loaded.item.language ?? ''}>
          <OpenDocument item={loaded.item} onAccessLost={load} justCreated={justCreated} />
        </ItemLanguageProvider>
      ) : null}
    </PageShell>
  );
}

function OpenDocument({ item, onAccessLost, justCreated }: { item: ItemDetail; onAccessLost(): void; justCreated: boolean }) {
  const t = useT();
  const me = useMe();
  const { refresh } = useSession();
  const [copy, setCopy] = useState<LocalCopy | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const { generation, refused, onEditsRefused } = useRefusedEdits(onAccessLost);
  // The save state and the writers are followed by the small components that show them (twice a
  // keystroke, and at every caret move): this page, and all it holds, does not render again for them.
  useCopyRefused(copy, onEditsRefused);
  useProviderState(copy?.provider ?? null, refresh, onAccessLost);
  // The text the server refused shows above, with why: the general notice would say it twice.
  const rescued = useRescuedTexts(me.id, item.id).length > 0;
  useSpacePresence(item.space.id);
  // A teacher paused editing in a live lesson: that banner says why, instead of the general one.
  const liveLock = useLiveItemLock(item.space.id, item.id);
  const lock = useItemLock(item, onAccessLost);
  const onCopy = useCallback((next: LocalCopy) => {
    // CollaborationPlugin makes the provider while rendering: store it after that render.
    queueMicrotask(() => setCopy(next));
  }, []);

  return (
    <article className="document-page" aria-labelledby="document-title">
      <header className="document-page__header">
        <div className="document-page__titles">
          <p className="document-page__space">{item.space.title}</p>
          <h1 id="document-title" className="document-page__title">
            {item.title}
          </h1>
        </div>
        <div className="document-page__live">
          <Writers provider={copy?.provider ?? null} />
          <CopySaveIndicator copy={copy} canEdit={item.canEdit} />
          <PublicApproval itemId={item.id} title={item.title} />
          {item.canModerate ? <ItemLockButton lock={lock} kind="doc" /> : null}
          <Button variant={historyOpen ? 'primary' : 'secondary'} icon={<History size={18} />} aria-expanded={historyOpen} onClick={() => setHistoryOpen((open) => !open)}>
            {t('history.button')}
          </Button>
          <PrintButton />
        </div>
      </header>
      <TextTools item={item} readFrom=".document-page .editor-surface__content" />
      <LiveItemNotices spaceId={item.space.id} itemId={item.id} />
      <RefusedEditsNotice refused={refused && !rescued} />
      {lock.problem ? <Banner tone="error">{lock.problem}</Banner> : null}
      {item.canEdit || liveLock ? null : <Banner tone="locked">{t(item.locked ? 'editor.lockedBanner' : 'editor.readOnlyBanner')}</Banner>}
      {historyOpen ? <HistoryPanel itemId={item.id} canEdit={item.canEdit} onClose={() => setHistoryOpen(false)} /> : null}
      <CollaborativeEditor
        docId={item.docId}
        // A live pause stops the typing as soon as its banner shows, not a fetch later.
        canEdit={item.canEdit && !liveLock}
        caretName={personLabel(me.displayName, me.country)}
        caretColor={colorForUser(me.id)}
        userId={me.id}
        itemId={item.id}
        kind={item.type}
        onCopy={onCopy}
        label={item.title}
        focusWhenLoaded={justCreated && item.canEdit}
        spaceId={item.space.id}
        generation={generation}
      />
    </article>
  );
}
