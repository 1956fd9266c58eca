import type { PostTranslationSummary } from '@kopa/protocol';
import { useState, type FormEvent } from 'react';
import { ApiRequestError } from '../../api/api-client';
import { errorMessage } from '../../i18n/error-message';
import { useT } from '../../i18n/use-t';
import { languageChoices } from '../../languages/language-choices';
import { useWorkingLanguages } from '../../languages/use-working-languages';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { translationsApi } from './translations-api';
import './AddVersionForm.css';

export interface AddVersionFormProps {
  itemId: string;
  /** Languages the post has already (the original's and its versions'): not offered again. */
  taken: readonly string[];
  onAdded(version: PostTranslationSummary): void;
  onCancel(): void;
}

/**
 * "Which language will you write it in?": the partnership's working languages first, then the
 * others, each named in itself ("Latviešu") so a partner finds theirs whatever the page's language.
 */
export function AddVersionForm({ itemId, taken, onAdded, onCancel }: AddVersionFormProps) {
  const t = useT();
  const working = useWorkingLanguages();
  const [language, setLanguage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = languageChoices(working);
  const free = <T extends { code: string }>(list: readonly T[]) => list.filter((choice) => !taken.includes(choice.code));
  const workingFree = free(choices.working);
  const others = free(choices.others);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!language) {
      setError(t('parallelTexts.versions.choose'));
      return;
    }
    setBusy(true);
    setError(null);
    translationsApi.add(itemId, language).then(onAdded, (problem: unknown) => {
      setError(problem instanceof ApiRequestError && problem.code === 'conflict' ? t('parallelTexts.versions.exists') : errorMessage(problem, t));
      setBusy(false);
    });
  };

  return (
    <form className="add-version" onSubmit={submit} noValidate>
      <SelectField label={t('parallelTexts.versions.pickLanguage')} value={language} error={error} onChange={(event) => setLanguage(event.target.value)} autoFocus>
        <option value="">{t('parallelTexts.versions.choose')}</option>
        {workingFree.length > 0 ? (
          <optgroup label={t('parallelTexts.versions.partnershipLanguages')}>
            {workingFree.map((choice) => (
              <option key={choice.code} value={choice.code} lang={choice.code}>
                {choice.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label={t('parallelTexts.versions.otherLanguages')}>
          {others.map((choice) => (
            <option key={choice.code} value={choice.code} lang={choice.code}>
              {choice.name}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <div className="add-version__actions">
        <Button type="submit" disabled={busy}>
          {t('parallelTexts.versions.start')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('parallelTexts.versions.cancel')}
        </Button>
      </div>
    </form>
  );
}
