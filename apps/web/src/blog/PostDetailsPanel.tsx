import { POST_PHASES, type Mobility, type Partnership, type PostDetail, type PostPhase } from '@kopa/protocol';
import { Check } from 'lucide-react';
import { memo } from 'react';
import { useLocale, useT } from '../i18n/use-t';
import { LANGUAGE_CODES, named } from '../partnerships/places';
import { Banner } from '../ui/Banner';
import { SelectField } from '../ui/SelectField';
import { CoverField } from './CoverField';
import { ThemeToggles } from './ThemeToggles';
import { useDetailsSaver } from './use-details-saver';
import './PostDetailsPanel.css';

export interface PostDetailsPanelProps {
  post: PostDetail;
  /** Null while it loads (or if it cannot be read): the fields that need it wait. */
  partnership: Partnership | null;
  mobilities: Mobility[];
  onSaved(post: PostDetail): void;
  onFailed(): void;
}

const PHASE_LABELS = {
  before: 'postEdit.phase.before',
  during: 'postEdit.phase.during',
  after: 'postEdit.phase.after',
} as const satisfies Record<PostPhase, string>;

/**
 * The post's cover, language, themes and visit: saved as soon as they change. Memoised: the post
 * page renders again on every keystroke (saving state, carets), this panel only when its props change.
 */
export const PostDetailsPanel = memo(function PostDetailsPanel({ post, partnership, mobilities, onSaved, onFailed }: PostDetailsPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const { state, pending, save } = useDetailsSaver(post, onSaved, onFailed);
  const readOnly = !post.canEdit || post.archived;

  const language = pending.language ?? post.meta.language;
  const themes = pending.themes ?? post.meta.themes;
  const mobilityId = pending.mobilityId !== undefined ? pending.mobilityId : post.meta.mobilityId;
  const phase = pending.phase !== undefined ? pending.phase : post.meta.phase;

  // The partnership's working languages; any language while it has none (the server allows the same).
  const languageCodes = partnership && partnership.languages.length > 0 ? partnership.languages : LANGUAGE_CODES;
  const languages = named(locale, [...new Set([...languageCodes, language])], 'language');
  // Removed visits stay out of the list, unless the post already belongs to one.
  const visits = mobilities.filter((mobility) => !mobility.archived || mobility.id === mobilityId);

  return (
    <section className="post-details" aria-labelledby="post-details-heading">
      <div className="post-details__top">
        <h2 id="post-details-heading" className="post-details__heading">
          {t('postEdit.details')}
        </h2>
        <p className="post-details__saved" aria-live="polite">
          {state.status === 'saving' ? t('postEdit.saving') : null}
          {state.status === 'saved' ? (
            <>
              <Check size={16} aria-hidden="true" />
              {t('postEdit.saved')}
            </>
          ) : null}
        </p>
      </div>
      {state.status === 'failed' ? <Banner tone="error">{t('postEdit.saveFailed', { reason: state.message })}</Banner> : null}

      <CoverField
        spaceId={post.space.id}
        cover={post.meta.cover}
        alt={post.meta.coverAlt}
        disabled={readOnly}
        onCover={(cover) => save({ coverUploadId: cover ? cover.id : null })}
        onAlt={(coverAlt) => save({ coverAlt })}
      />

      <SelectField label={t('postEdit.language')} value={language} disabled={readOnly} onChange={(event) => save({ language: event.target.value })}>
        {languages.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </SelectField>

      <ThemeToggles themes={partnership?.themes ?? []} chosen={themes} disabled={readOnly} onChange={(chosen) => save({ themes: chosen })} />

      <SelectField
        label={t('postEdit.mobility')}
        hint={t('postEdit.mobilityHint')}
        value={mobilityId ?? ''}
        disabled={readOnly}
        // The phase says when, relative to a visit: without a visit it goes too (the server insists).
        onChange={(event) => save(event.target.value ? { mobilityId: event.target.value } : { mobilityId: null, phase: null })}
      >
        <option value="">{t('postEdit.mobility.none')}</option>
        {visits.map((mobility) => (
          <option key={mobility.id} value={mobility.id}>
            {mobility.city && !mobility.title.includes(mobility.city) ? `${mobility.title} (${mobility.city})` : mobility.title}
          </option>
        ))}
      </SelectField>

      <SelectField
        label={t('postEdit.phase')}
        hint={mobilityId ? undefined : t('postEdit.phaseHint')}
        value={phase ?? ''}
        disabled={readOnly || !mobilityId}
        onChange={(event) => save({ phase: (event.target.value || null) as PostPhase | null })}
      >
        <option value="">{t('postEdit.phase.none')}</option>
        {POST_PHASES.map((value) => (
          <option key={value} value={value}>
            {t(PHASE_LABELS[value])}
          </option>
        ))}
      </SelectField>
    </section>
  );
});
