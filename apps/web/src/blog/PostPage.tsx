import { readDocumentContent } from '@kopa/editor';
import { colorForUser, personLabel, type PostDetail } from '@kopa/protocol';
import { History, Users } from 'lucide-react';
import { useCallback, useState } from 'react';
import * as Y from 'yjs';
import { CollaborativeEditor } from '../editor/CollaborativeEditor';
import { useJustCreated } from '../editor/use-just-created';
import { useProviderState } from '../editor/use-provider-state';
import { Writers } from '../editor/Writers';
import { RefusedEditsNotice } from '../editor/RefusedEditsNotice';
import { useRefusedEdits } from '../editor/use-refused-edits';
import { AuthorshipView } from '../history/AuthorshipView';
import { HistoryPanel } from '../history/HistoryPanel';
import { useAuthorship } from '../history/use-authorship';
import { useT } from '../i18n/use-t';
import { LiveItemNotices } from '../live/LiveItemNotices';
import { useSpacePresence } from '../live/use-space-presence';
import { useVisits } from '../mobilities/use-visits';
import type { LocalCopy } from '../offline/local-copy';
import { RescuedTexts } from '../offline/RescuedTexts';
import { CopySaveIndicator } from '../offline/CopySaveIndicator';
import { useCopyRefused } from '../offline/use-local-copy';
import { useRescuedTexts } from '../offline/use-rescued-texts';
import { useUnavailableCopy } from '../offline/use-unavailable-copy';
import { useMe, useSession } from '../session/use-session';
import { BackLink } from '../ui/BackLink';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { LoadStatus } from '../ui/LoadStatus';
import { PageShell } from '../ui/PageShell';
import { PublicApproval } from '../showcase/PublicApproval';
import { PostCredits } from './PostCredits';
import { PostDetailsPanel } from './PostDetailsPanel';
import { ReviewTimeline } from './ReviewTimeline';
import { usePost } from './use-post';
import { WorkflowBar } from './WorkflowBar';
import { PrintButton } from '../print/PrintButton';
import { PostVersions } from './versions/PostVersions';
import { ItemLanguageProvider } from '../languages/ItemLanguageContext';
import { TextReadAloud } from '../read-aloud/TextReadAloud';
import './PostPage.css';

/** A blog post being written by its team and reviewed by teachers. */
export default function PostPage({ itemId }: { itemId: string }) {
  const t = useT();
  const me = useMe();
  const { state, reload, retry, setPost } = usePost(itemId);
  const justCreated = useJustCreated(itemId);
  // The post cannot be opened any more: what this device kept of it is settled (unsaved text kept to copy).
  useUnavailableCopy(me.id, itemId, state.status === 'failed' ? state.error : null);
  return (
    <PageShell>
      <BackLink href={state.status === 'ready' ? `/spaces/${state.post.space.id}` : '/'}>
        {state.status === 'ready' ? t('spacePage.backTo', { title: state.post.space.title }) : t('editor.back')}
      </BackLink>
      <RescuedTexts userId={me.id} itemId={itemId} />
      <LoadStatus state={state} onRetry={retry} />
      {state.status === 'ready' ? (
        <ItemLanguageProvider language={state.post.meta.language}>
          <OpenPost post={state.post} onChanged={reload} onSaved={setPost} justCreated={justCreated} />
        </ItemLanguageProvider>
      ) : null}
    </PageShell>
  );
}

function OpenPost({
  post,
  onChanged,
  onSaved,
  justCreated,
}: {
  post: PostDetail;
  onChanged(): void;
  onSaved(post: PostDetail): void;
  /** Opened right after creating it: the caret goes into the text. */
  justCreated: boolean;
}) {
  const t = useT();
  const me = useMe();
  const { refresh } = useSession();
  const [copy, setCopy] = useState<LocalCopy | null>(null);
  const provider = copy?.provider ?? null;
  const { generation, refused, onEditsRefused } = useRefusedEdits(onChanged);
  // The save state and the writers are followed by the small components that show them (twice a
  // keystroke, and at every caret move): this page, and all it holds, does not render again for them.
  useCopyRefused(copy, onEditsRefused);
  useProviderState(provider, refresh, onChanged);
  // The text the server refused shows above, with why: the general notice would say it twice.
  const rescued = useRescuedTexts(me.id, post.id).length > 0;
  const { state: visits } = useVisits(post.space.partnershipId);
  const [showAuthors, setShowAuthors] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  // A version in another language is open beside the original: the writing takes the page's width.
  const [versionOpen, setVersionOpen] = useState(false);
  useSpacePresence(post.space.id);
  const onCopy = useCallback((next: LocalCopy) => {
    // CollaborationPlugin makes the provider while rendering: store it after that render.
    queueMicrotask(() => setCopy(next));
  }, []);
  const readContent = useCallback(() => (provider ? readDocumentContent(Y.encodeStateAsUpdate(provider.doc)) : null), [provider]);
  const canEdit = post.canEdit && !post.archived;
  // Who wrote what, from the editor's own Y.Doc: live for the coloured view; for the credits, once typing pauses.
  const authorship = useAuthorship(post.id, provider?.doc ?? null, showAuthors);
  const credits = authorship.authors.status === 'ready' ? authorship.writers.map((writer) => writer.author) : post.credits;

  return (
    <article className="post-page" aria-labelledby="post-title">
      <header className="post-page__header">
        <div className="post-page__titles">
          <p className="post-page__kind">{t('postEdit.kind', { space: post.space.title })}</p>
          <h1 id="post-title" className="post-page__title">
            {post.title}
          </h1>
          <PostCredits credits={credits} />
        </div>
        <div className="post-page__live">
          <Writers provider={provider} />
          <CopySaveIndicator copy={copy} canEdit={canEdit} />
          <PublicApproval itemId={post.id} title={post.title} />
        </div>
      </header>

      <WorkflowBar post={post} readContent={readContent} onChanged={onChanged} />
      <LiveItemNotices spaceId={post.space.id} itemId={post.id} />
      <RefusedEditsNotice refused={refused && !rescued} />
      {canEdit ? null : <Banner tone="locked">{post.archived ? t('postEdit.archived') : t('postEdit.readOnly')}</Banner>}

      <div className="post-page__tools" role="group" aria-label={t('postEdit.views')}>
        <Button
          variant={showAuthors ? 'primary' : 'secondary'}
          icon={<Users size={18} />}
          aria-pressed={showAuthors}
          disabled={!provider}
          onClick={() => setShowAuthors((on) => !on)}
        >
          {t('postEdit.showAuthors')}
        </Button>
        <Button variant={historyOpen ? 'primary' : 'secondary'} icon={<History size={18} />} aria-expanded={historyOpen} onClick={() => setHistoryOpen((open) => !open)}>
          {t('postEdit.history')}
        </Button>
        <PrintButton />
        <TextReadAloud from=".post-page__writing .editor-surface__content" />
      </div>
      {historyOpen ? <HistoryPanel itemId={post.id} canEdit={canEdit} onClose={() => setHistoryOpen(false)} /> : null}

      <div className={versionOpen ? 'post-page__work post-page__work--parallel' : 'post-page__work'}>
        <div className="post-page__writing">
          <PostVersions post={post} originalDoc={provider?.doc ?? null} canEdit={canEdit} onChanged={onChanged} onOpenChange={setVersionOpen}>
            {showAuthors ? <AuthorshipView authorship={authorship} /> : null}
            {/* Kept while the authorship view shows: its Y.Doc is the one the view reads, live. */}
            <div hidden={showAuthors}>
              <CollaborativeEditor
                docId={post.docId}
                canEdit={canEdit}
                caretName={personLabel(me.displayName, me.country)}
                caretColor={colorForUser(me.id)}
                userId={me.id}
                itemId={post.id}
                kind="post"
                onCopy={onCopy}
                label={post.title}
                spaceId={post.space.id}
                focusWhenLoaded={justCreated && canEdit}
                generation={generation}
              />
            </div>
          </PostVersions>
        </div>
        <aside className="post-page__side" aria-label={t('postEdit.side')}>
          <PostDetailsPanel
            post={post}
            partnership={visits.status === 'ready' ? visits.partnership : null}
            mobilities={visits.status === 'ready' ? visits.mobilities : []}
            onSaved={onSaved}
            onFailed={onChanged}
          />
          <ReviewTimeline reviews={post.reviews} />
        </aside>
      </div>
    </article>
  );
}
