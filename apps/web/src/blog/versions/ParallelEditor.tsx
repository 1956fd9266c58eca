import { colorForUser, languageOwnName, personLabel, type PostDetail, type PostTranslationSummary } from '@kopa/protocol';
import { Trash2 } from 'lucide-react';
import { useCallback, useId, useState } from 'react';
import type * as Y from 'yjs';
import { CollaborativeEditor } from '../../editor/CollaborativeEditor';
import { RefusedEditsNotice } from '../../editor/RefusedEditsNotice';
import { useRefusedEdits } from '../../editor/use-refused-edits';
import { errorMessage } from '../../i18n/error-message';
import { useT } from '../../i18n/use-t';
import { ItemLanguageProvider } from '../../languages/ItemLanguageContext';
import type { LocalCopy } from '../../offline/local-copy';
import { CopySaveIndicator } from '../../offline/CopySaveIndicator';
import { useCopyRefused } from '../../offline/use-local-copy';
import { useMe } from '../../session/use-session';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { Spinner } from '../../ui/Spinner';
import { PostContent } from '../reader/PostContent';
import { translationsApi } from './translations-api';
import { useLiveContent } from './use-live-content';
import './ParallelEditor.css';

export interface ParallelEditorProps {
  post: PostDetail;
  version: PostTranslationSummary;
  /** The original's live Y.Doc (the page's own editor keeps it), read beside the version. */
  originalDoc: Y.Doc | null;
  /** May write: the post's rights (the server asks the same for the version's document). */
  canEdit: boolean;
  /** Put the caret in it once loaded (it was just added). */
  focusWhenLoaded: boolean;
  onDeleted(): void;
  /** Rights may have changed (refused changes): the post is fetched again. */
  onChanged(): void;
}

/**
 * A version of a post beside its original: the original read-only on the left, for reference
 * (following its writers live), the version on the right, written together like the post (its own
 * Y.Doc, saved and kept on the device the same way). Stacked on a phone. Each side has its `lang`.
 */
export function ParallelEditor({ post, version, originalDoc, canEdit, focusWhenLoaded, onDeleted, onChanged }: ParallelEditorProps) {
  const t = useT();
  const me = useMe();
  const originalId = useId();
  const versionId = useId();
  const [copy, setCopy] = useState<LocalCopy | null>(null);
  const { generation, refused, onEditsRefused } = useRefusedEdits(onChanged);
  // The save state is followed by the indicator alone: it changes at every keystroke, and the original beside need not draw again.
  useCopyRefused(copy, onEditsRefused);
  const onCopy = useCallback((next: LocalCopy) => {
    // CollaborationPlugin makes the provider while rendering: store it after that render.
    queueMicrotask(() => setCopy(next));
  }, []);
  const original = useLiveContent(originalDoc);
  const originalName = languageOwnName(post.meta.language);
  const versionName = languageOwnName(version.language);

  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const remove = () => {
    setDeleting(true);
    setProblem(null);
    translationsApi.remove(post.id, version.language).then(onDeleted, (error: unknown) => {
      setProblem(errorMessage(error, t));
      setDeleting(false);
    });
  };

  return (
    <div className="parallel-editor">
      <p className="parallel-editor__hint">{t('parallelTexts.versions.hint')}</p>
      <div className="parallel-editor__columns">
        <section className="parallel-editor__column parallel-editor__column--original" aria-labelledby={originalId}>
          <h2 className="parallel-editor__heading" id={originalId}>
            {t('parallelTexts.versions.originalColumn', { language: originalName })}
          </h2>
          {/* Scrolls on its own, so it stays beside the version: reachable by keyboard, named for screen readers. */}
          <div className="parallel-editor__reference" tabIndex={0} role="region" aria-label={t('parallelTexts.versions.originalLabel')}>
            {original === null ? <Spinner label={t('app.loading')} /> : <PostContent content={original} language={post.meta.language} />}
          </div>
        </section>
        <section className="parallel-editor__column" aria-labelledby={versionId}>
          <div className="parallel-editor__version-head">
            <h2 className="parallel-editor__heading" id={versionId}>
              {t('parallelTexts.versions.versionColumn', { language: versionName })}
            </h2>
            <CopySaveIndicator copy={copy} canEdit={canEdit} />
          </div>
          <RefusedEditsNotice refused={refused} />
          <ItemLanguageProvider language={version.language}>
            <CollaborativeEditor
              docId={version.docId}
              canEdit={canEdit}
              caretName={personLabel(me.displayName, me.country)}
              caretColor={colorForUser(me.id)}
              userId={me.id}
              itemId={post.id}
              kind="post"
              onCopy={onCopy}
              label={t('parallelTexts.versions.editorLabel', { title: post.title, language: versionName })}
              focusWhenLoaded={focusWhenLoaded && canEdit}
              generation={generation}
            />
          </ItemLanguageProvider>
          <p className="parallel-editor__facts">
            {version.createdBy ? <span>{t('parallelTexts.versions.startedBy', { name: personLabel(version.createdBy.displayName, version.createdBy.country) })}</span> : null}
            {post.publishedAt !== null ? <span>{version.inBlog ? t('parallelTexts.versions.inBlog') : t('parallelTexts.versions.waiting')}</span> : null}
          </p>
          {problem ? <Banner tone="error">{problem}</Banner> : null}
          {version.canDelete && !confirming ? (
            <div>
              <Button variant="ghost" icon={<Trash2 size={18} />} onClick={() => setConfirming(true)}>
                {t('parallelTexts.versions.delete')}
              </Button>
            </div>
          ) : null}
          {confirming ? (
            <ConfirmPanel
              label={t('parallelTexts.versions.delete')}
              tone="danger"
              busy={deleting}
              confirmLabel={t('parallelTexts.versions.deleteConfirm')}
              keepLabel={t('parallelTexts.versions.keep')}
              onConfirm={remove}
              onKeep={() => setConfirming(false)}
            >
              <p>{t('parallelTexts.versions.deleteQuestion', { language: versionName })}</p>
            </ConfirmPanel>
          ) : null}
        </section>
      </div>
    </div>
  );
}
