import { LICENCES, type Licence, type Partnership } from '@kopa/protocol';
import { Save } from 'lucide-react';
import { useMemo, useState, type FormEvent } from 'react';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from '../i18n/error-message';
import { useLocale, useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { ChipsField } from './ChipsField';
import { partnershipsApi } from './partnerships-api';
import { LANGUAGE_CODES, languageName, named } from './places';
import { SelectField } from '../ui/SelectField';
import './PartnershipSettingsForm.css';

type Field = 'title' | 'endDate' | 'languages' | 'themes' | 'referenceCode' | 'startDate' | 'licence';

/** The coordinator's form: title, reference code, dates, themes, working languages, licence. */
export function PartnershipSettingsForm({ partnership, onSaved }: { partnership: Partnership; onSaved(next: Partnership): void }) {
  const t = useT();
  const { locale } = useLocale();
  const [title, setTitle] = useState(partnership.title);
  const [referenceCode, setReferenceCode] = useState(partnership.referenceCode ?? '');
  const [startDate, setStartDate] = useState(partnership.startDate ?? '');
  const [endDate, setEndDate] = useState(partnership.endDate ?? '');
  const [themes, setThemes] = useState(partnership.themes);
  const [languages, setLanguages] = useState(partnership.languages);
  const [licence, setLicence] = useState<Licence>(partnership.licence);
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const languageOptions = useMemo(
    () => named(locale, LANGUAGE_CODES, 'language').map(({ code, name }) => ({ value: code, name })),
    [locale],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: Partial<Record<Field, string>> = {
      title: title.trim().length < 3 ? t('partnership.titleRequired') : undefined,
      endDate: startDate && endDate && startDate > endDate ? t('partnership.datesOrder') : undefined,
      languages: languages.length === 0 ? t('partnership.languagesRequired') : undefined,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    try {
      const next = await partnershipsApi.update(partnership.id, {
        title: title.trim(),
        referenceCode: referenceCode.trim() || null,
        startDate: startDate || null,
        endDate: endDate || null,
        themes,
        languages,
        licence,
      });
      setSaved(true);
      onSaved(next);
    } catch (failure) {
      const field = failure instanceof ApiRequestError ? (failure.field?.split('.')[0] as Field | undefined) : undefined;
      setErrors(field ? { [field]: errorMessage(failure, t) } : { form: errorMessage(failure, t) });
    } finally {
      setBusy(false);
    }
  };

  const change = <T,>(set: (value: T) => void) => (value: T) => {
    setSaved(false);
    set(value);
  };

  return (
    <form className="partnership-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('partnership.field.title')}
        value={title}
        maxLength={200}
        onChange={(event) => change(setTitle)(event.target.value)}
        error={errors.title}
      />
      <TextField
        label={t('partnership.field.referenceCode')}
        hint={t('partnership.field.referenceCodeHint')}
        value={referenceCode}
        maxLength={60}
        onChange={(event) => change(setReferenceCode)(event.target.value)}
        error={errors.referenceCode}
      />
      <div className="partnership-form__dates">
        <TextField
          label={t('partnership.field.startDate')}
          type="date"
          value={startDate}
          onChange={(event) => change(setStartDate)(event.target.value)}
          error={errors.startDate}
        />
        <TextField
          label={t('partnership.field.endDate')}
          type="date"
          value={endDate}
          min={startDate || undefined}
          onChange={(event) => change(setEndDate)(event.target.value)}
          error={errors.endDate}
        />
      </div>
      <ChipsField
        kind="text"
        label={t('partnership.field.themes')}
        hint={t('partnership.field.themesHint')}
        inputLabel={t('partnership.field.themeNew')}
        maxLength={60}
        max={20}
        values={themes}
        onChange={change(setThemes)}
        error={errors.themes}
      />
      <ChipsField
        kind="choice"
        label={t('partnership.field.languages')}
        hint={t('partnership.field.languagesHint')}
        placeholder={t('partnership.chips.chooseLanguage')}
        options={languageOptions}
        display={(code) => languageName(locale, code)}
        values={languages}
        onChange={change(setLanguages)}
        error={errors.languages}
      />
      <SelectField
        label={t('partnership.field.licence')}
        hint={t('partnership.field.licenceHint')}
        value={licence}
        onChange={(event) => change(setLicence)(event.target.value as Licence)}
        error={errors.licence}
      >
        {LICENCES.map((option) => (
          <option key={option} value={option}>
            {t(`licence.${option}`)}
          </option>
        ))}
      </SelectField>
      {errors.form ? <Banner tone="error">{errors.form}</Banner> : null}
      <div className="partnership-form__actions">
        <Button type="submit" icon={<Save size={20} />} disabled={busy}>
          {busy ? t('partnership.saving') : t('partnership.save')}
        </Button>
        <span className="partnership-form__saved" role="status">
          {saved ? t('partnership.saved') : ''}
        </span>
      </div>
    </form>
  );
}
