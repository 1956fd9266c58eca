import { languageOwnName, type PostDetail, type PostTranslations, type PostTranslationSummary } from '@kopa/protocol';
import { Plus } from 'lucide-react';
import { useEffect, useId, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useT } from '../../i18n/use-t';
import { Banner } from '../../ui/Banner';
import { AddVersionForm } from './AddVersionForm';
import { ParallelEditor } from './ParallelEditor';
import { usePostTranslations } from './use-post-translations';
import './PostVersions.css';
import '../../ui/choice-chip.css';

export interface PostVersionsProps {
  post: PostDetail;
  /** The original's live Y.Doc (from the page's editor): read beside a version. */
  originalDoc: Y.Doc | null;
  /** May write in the post (and so in its versions). */
  canEdit: boolean;
  /** The post may have changed (rights, refused changes): fetch it again. */
  onChanged(): void;
  /** Whether a version is open (the page makes room for two columns). */
  onOpenChange(open: boolean): void;
  /** The original's editor: shown while the original is chosen, kept (hidden) while a version is open. */
  children: ReactNode;
}

/**
 * "Versions: English (original) · Latviešu · + Add a version": the languages the post is written
 * in, as chips. Choosing a version opens it beside the original (ParallelEditor); the original's
 * editor stays mounted meanwhile, so its text is still there to read beside the version.
 */
export function PostVersions({ post, originalDoc, canEdit, onChanged, onOpenChange, children }: PostVersionsProps) {
  const t = useT();
  const headingId = useId();
  const { state, reload } = usePostTranslations(post.id, post);
  const [selected, setSelected] = useState<string | null>(null);
  // The version just added here, and the list it was added to: shown at once, until the list is fetched again.
  const [justAdded, setJustAdded] = useState<{ version: PostTranslationSummary; to: PostTranslations | null } | null>(null);
  const [adding, setAdding] = useState(false);
  const [gone, setGone] = useState(false);
  const listing = state.status === 'ready' ? state.translations : null;
  const listed = listing?.translations ?? [];
  const versions = justAdded && justAdded.to === listing && !listed.some((candidate) => candidate.language === justAdded.version.language) ? [...listed, justAdded.version] : listed;
  const version = selected === null ? null : (versions.find((candidate) => candidate.language === selected) ?? null);

  // The open version was deleted (here or by someone else): back to the original, saying why.
  if (selected !== null && listing !== null && version === null) {
    setSelected(null);
    setGone(true);
  }
  const open = version !== null;
  useEffect(() => onOpenChange(open), [open, onOpenChange]);

  const choose = (language: string | null) => {
    setSelected(language);
    setGone(false);
    setAdding(false);
  };
  const added = (created: PostTranslationSummary) => {
    setJustAdded({ version: created, to: listing });
    choose(created.language);
    reload();
  };

  return (
    <>
      <div className="post-versions" role="group" aria-labelledby={headingId}>
        <h2 className="post-versions__heading" id={headingId}>
          {t('parallelTexts.versions.heading')}
        </h2>
        <div className="post-versions__chips">
          <button type="button" className="choice-chip" aria-pressed={!open} onClick={() => choose(null)}>
            {t('parallelTexts.versions.original', { language: languageOwnName(post.meta.language) })}
          </button>
          {versions.map((candidate) => (
            <button
              key={candidate.language}
              type="button"
              className="choice-chip"
              lang={candidate.language}
              aria-pressed={candidate.language === version?.language}
              onClick={() => choose(candidate.language)}
            >
              {languageOwnName(candidate.language)}
            </button>
          ))}
          {listing?.canAdd && canEdit ? (
            <button type="button" className="choice-chip post-versions__chip--add" aria-expanded={adding} onClick={() => setAdding((now) => !now)}>
              <Plus size={18} aria-hidden="true" />
              {t('parallelTexts.versions.add')}
            </button>
          ) : null}
        </div>
        {adding ? (
          <AddVersionForm
            itemId={post.id}
            taken={[post.meta.language, ...versions.map((candidate) => candidate.language)]}
            onAdded={added}
            onCancel={() => setAdding(false)}
          />
        ) : null}
      </div>
      {gone ? <Banner tone="info">{t('parallelTexts.versions.gone')}</Banner> : null}
      <div className="post-versions__original" hidden={open}>
        {children}
      </div>
      {version ? (
        <ParallelEditor
          key={version.language}
          post={post}
          version={version}
          originalDoc={originalDoc}
          canEdit={canEdit}
          focusWhenLoaded={justAdded?.version.language === version.language}
          onDeleted={() => {
            choose(null);
            reload();
          }}
          onChanged={onChanged}
        />
      ) : null}
    </>
  );
}
