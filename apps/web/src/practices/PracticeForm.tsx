import type { Partnership, Practice, SpaceSummary } from '@kopa/protocol';
import { PRACTICE_LIMITS } from '@kopa/protocol';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiRequestError } from '../api/api-client';
import { MessageField } from '../blog/MessageField';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { ChoiceChips } from './ChoiceChips';
import { LinksPicker } from './LinksPicker';
import {
  bodyOf,
  checkDraft,
  choicesOf,
  draftOf,
  linkableSpaces,
  NO_PENDING_URL,
  serverFieldError,
  withPendingUrl,
  type DraftErrors,
  type DraftField,
  type PendingUrl,
  type PracticeDraft,
} from './practice-draft';
import { practicesApi } from './practices-api';
import { PublicSwitch } from './PublicSwitch';
import { usePlaceNames } from './use-place-names';
import './PracticeForm.css';

export interface PracticeFormProps {
  partnership: Partnership;
  /** The practice to change; null to describe a new one. */
  practice: Practice | null;
  /** The writer's country: a new practice starts there. */
  country: string | null;
  spaces: SpaceSummary[] | 'loading' | 'failed';
  onSaved(practice: Practice): void;
  onCancel(): void;
}

/**
 * Describing a practice, or changing one: title, what was done, for whom, what came of it; the
 * partnership's themes, countries and languages to choose from; links to its items and to web pages;
 * whether it is public. Mistakes are shown at their field, which gets the focus.
 */
export function PracticeForm({ partnership, practice, country, spaces, onSaved, onCancel }: PracticeFormProps) {
  const t = useT();
  const names = usePlaceNames();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const choices = choicesOf(partnership);
  const [draft, setDraft] = useState<PracticeDraft>(() => {
    const start = draftOf(practice, country);
    // A new practice starts in the writer's country only when it is one of the partnership's.
    return practice ? start : { ...start, countries: start.countries.filter((code) => choices.countries.includes(code)) };
  });
  const [errors, setErrors] = useState<DraftErrors>({});
  const [pending, setPending] = useState<{ url: PendingUrl; error: string | null }>({ url: NO_PENDING_URL, error: null });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const linkable = useMemo(() => (Array.isArray(spaces) ? linkableSpaces(spaces, partnership.id, draft.links) : spaces), [spaces, partnership.id, draft.links]);

  const change = (patch: Partial<PracticeDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const field of Object.keys(patch) as DraftField[]) delete next[field];
      return next;
    });
  };

  const showErrors = (found: DraftErrors) => {
    setErrors(found);
    // Once shown, the first field to fix takes the focus (fields are in the form's order).
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    // An address typed but not added yet is added now, or is the first thing to fix.
    const links = withPendingUrl(draft.links, pending.url);
    if (!links) setPending({ ...pending, error: t('practices.form.urlInvalid') });
    const complete = { ...draft, links: links ?? draft.links };
    const found = checkDraft(complete);
    if (!links || Object.keys(found).length > 0) return showErrors(found);
    setDraft(complete);
    setPending({ url: NO_PENDING_URL, error: null });
    setBusy(true);
    try {
      const body = bodyOf(complete);
      onSaved(practice ? await practicesApi.update(practice.id, body) : await practicesApi.create(partnership.id, body));
    } catch (error) {
      setBusy(false);
      const fieldError = error instanceof ApiRequestError && error.code === 'invalid_request' ? serverFieldError(error.field) : null;
      if (fieldError) showErrors({ [fieldError[0]]: fieldError[1] });
      else setFailure(errorMessage(error, t));
    }
  };

  const errorOf = (field: DraftField) => {
    const found = errors[field];
    return found ? t(found.id, found.values) : null;
  };

  return (
    <form ref={formRef} className="practice-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={headingId}>
      <div className="practice-form__head">
        <h1 id={headingId} className="practice-form__heading">
          {practice ? t('practices.form.editHeading', { title: practice.title }) : t('practices.form.newHeading')}
        </h1>
        <p className="practice-form__intro">{t('practices.form.intro')}</p>
      </div>

      <div className="practice-form__texts">
        <TextField
          label={t('practices.form.title')}
          hint={t('practices.form.titleHint')}
          value={draft.title}
          maxLength={PRACTICE_LIMITS.titleMaxLength}
          error={errorOf('title')}
          onChange={(event) => change({ title: event.target.value })}
          autoFocus
        />
        <MessageField
          label={t('practices.form.summary')}
          hint={t('practices.form.summaryHint')}
          value={draft.summary}
          rows={6}
          maxLength={PRACTICE_LIMITS.summaryMaxLength}
          error={errorOf('summary')}
          onChange={(event) => change({ summary: event.target.value })}
        />
        <TextField
          label={t('practices.form.targetGroup')}
          hint={t('practices.form.targetGroupHint')}
          value={draft.targetGroup}
          maxLength={PRACTICE_LIMITS.targetGroupMaxLength}
          error={errorOf('targetGroup')}
          onChange={(event) => change({ targetGroup: event.target.value })}
        />
        <MessageField
          label={t('practices.form.outcomes')}
          hint={t('practices.form.outcomesHint')}
          value={draft.outcomes}
          rows={4}
          maxLength={PRACTICE_LIMITS.outcomesMaxLength}
          error={errorOf('outcomes')}
          onChange={(event) => change({ outcomes: event.target.value })}
        />
      </div>

      <div className="practice-form__choices">
        <ChoiceChips
          legend={t('practices.form.themes')}
          hint={choices.themes.length > 0 ? t('practices.form.themesHint') : t('practices.form.themesNone')}
          options={choices.themes.map((theme) => ({ value: theme, label: theme }))}
          chosen={draft.themes}
          error={errorOf('themes')}
          onChange={(themes) => change({ themes })}
        />
        <ChoiceChips
          legend={t('practices.form.countries')}
          hint={t('practices.form.countriesHint')}
          options={choices.countries.map((code) => ({ value: code, label: names.country(code) }))}
          chosen={draft.countries}
          error={errorOf('countries')}
          onChange={(countries) => change({ countries })}
        />
        <ChoiceChips
          legend={t('practices.form.languages')}
          hint={t('practices.form.languagesHint')}
          options={choices.languages.map((code) => ({ value: code, label: names.language(code) }))}
          chosen={draft.languages}
          error={errorOf('languages')}
          onChange={(languages) => change({ languages })}
        />
      </div>

      <LinksPicker
        links={draft.links}
        spaces={linkable}
        error={errorOf('links')}
        onChange={(links) => change({ links })}
        pending={pending.url}
        pendingError={pending.error}
        onPendingChange={(url, error) => setPending({ url, error })}
      />

      <PublicSwitch on={draft.public} onChange={(on) => change({ public: on })} />

      {failure ? <Banner tone="error">{failure}</Banner> : null}
      <div className="practice-form__actions">
        <Button type="submit" size="l" disabled={busy}>
          {practice ? t('practices.form.save') : t('practices.form.create')}
        </Button>
        <Button variant="ghost" size="l" onClick={onCancel}>
          {t('practices.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
