import type { MessageId } from '@kopa/i18n';
import type { MemberSummary, Mobility, MobilityBody, School } from '@kopa/protocol';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { Spinner } from '../ui/Spinner';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { mobilitiesApi } from './mobilities-api';
import { TravellerPicker } from './TravellerPicker';
import '../ui/TextField.css';
import './MobilityForm.css';

type Field = 'title' | 'hostSchoolId' | 'city' | 'startDate' | 'endDate' | 'travellerIds';
type Errors = Partial<Record<Field, MessageId>>;

export interface MobilityFormProps {
  partnershipId: string;
  schools: School[];
  /** Who could travel; 'loading' while fetched, 'failed' if it could not be. */
  members: MemberSummary[] | 'loading' | 'failed';
  /** The visit to edit; none to plan a new one. */
  mobility?: Mobility;
  /** The partnership's dates, when set: a visit happens while it runs (the server checks the same). */
  runs?: { startDate: string | null; endDate: string | null };
  onSaved(mobility: Mobility, created: boolean): void;
  onCancel(): void;
}

/** What the form checks before sending (the server checks the same and more). */
function check(body: MobilityBody, runs: MobilityFormProps['runs']): Errors {
  const errors: Errors = {};
  if (!body.title.trim()) errors.title = 'mobilities.form.titleRequired';
  if (!body.hostSchoolId) errors.hostSchoolId = 'mobilities.form.hostRequired';
  if (!body.city.trim()) errors.city = 'mobilities.form.cityRequired';
  if (!body.startDate) errors.startDate = 'mobilities.form.dateRequired';
  if (!body.endDate) errors.endDate = 'mobilities.form.dateRequired';
  else if (body.startDate && body.endDate < body.startDate) errors.endDate = 'mobilities.form.endBeforeStart';
  if (body.startDate && runs?.startDate && body.startDate < runs.startDate) errors.startDate = 'mobilities.form.outsidePartnership';
  if (body.endDate && runs?.endDate && body.endDate > runs.endDate) errors.endDate ??= 'mobilities.form.outsidePartnership';
  return errors;
}

/** The server names the field at fault; say it in the user's language. */
const SERVER_FIELD_MESSAGES: Record<Field, MessageId> = {
  title: 'mobilities.form.titleRequired',
  hostSchoolId: 'mobilities.form.hostRequired',
  city: 'mobilities.form.cityRequired',
  startDate: 'mobilities.form.dateRequired',
  endDate: 'mobilities.form.endBeforeStart',
  travellerIds: 'mobilities.form.travellerUnknown',
};

/** Plan a visit or change one: name, host school, city, first and last day, who travels. */
export function MobilityForm({ partnershipId, schools, members, mobility, runs, onSaved, onCancel }: MobilityFormProps) {
  const t = useT();
  const headingId = useId();
  const [body, setBody] = useState<MobilityBody>(() => ({
    title: mobility?.title ?? '',
    hostSchoolId: mobility?.hostSchoolId ?? '',
    city: mobility?.city ?? '',
    startDate: mobility?.startDate ?? '',
    endDate: mobility?.endDate ?? '',
    travellerIds: mobility?.travellerIds ?? [],
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const change = (patch: Partial<MobilityBody>) => {
    setBody((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const field of Object.keys(patch) as Field[]) delete next[field];
      return next;
    });
  };

  const chooseHost = (hostSchoolId: string) => {
    const previous = schools.find((school) => school.id === body.hostSchoolId);
    const next = schools.find((school) => school.id === hostSchoolId);
    // The host's city is the likely one; a city typed by hand stays.
    const cityFollows = !body.city.trim() || body.city === previous?.city;
    change({ hostSchoolId, ...(cityFollows && next ? { city: next.city } : {}) });
  };

  const showErrors = (found: Errors) => {
    setErrors(found);
    // Once shown, take the user to the first field to fix (fields are in the form's order).
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .travellers--invalid input')?.focus();
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = check(body, runs);
    if (Object.keys(found).length > 0) return showErrors(found);
    setBusy(true);
    try {
      const clean = { ...body, title: body.title.trim(), city: body.city.trim() };
      const saved = mobility ? await mobilitiesApi.update(mobility.id, clean) : await mobilitiesApi.create(partnershipId, clean);
      onSaved(saved, !mobility);
    } catch (error) {
      setBusy(false);
      const field = error instanceof ApiRequestError ? (error.field as Field | undefined) : undefined;
      if (field && field in SERVER_FIELD_MESSAGES) showErrors({ [field]: SERVER_FIELD_MESSAGES[field] });
      else setFailure(errorMessage(error, t));
    }
  };

  const fieldError = (field: Field) => (errors[field] ? t(errors[field]) : null);

  return (
    <form ref={formRef} className="mobility-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={headingId}>
      <h2 id={headingId} className="mobility-form__heading">
        {mobility ? t('mobilities.form.editHeading', { title: mobility.title }) : t('mobilities.form.addHeading')}
      </h2>
      <div className="mobility-form__grid">
        <TextField
          className="mobility-form__wide"
          label={t('mobilities.form.title')}
          hint={t('mobilities.form.titleHint')}
          value={body.title}
          maxLength={120}
          error={fieldError('title')}
          onChange={(event) => change({ title: event.target.value })}
          autoFocus
        />
        <SelectField
          label={t('mobilities.form.host')}
          value={body.hostSchoolId}
          error={errors.hostSchoolId ? t(errors.hostSchoolId) : null}
          onChange={(event) => chooseHost(event.target.value)}
        >
          <option value="" disabled>
            {t('mobilities.form.hostChoose')}
          </option>
          {schools.map((school) => (
            <option key={school.id} value={school.id}>
              {school.name} ({school.country})
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('mobilities.form.city')}
          value={body.city}
          maxLength={100}
          error={fieldError('city')}
          onChange={(event) => change({ city: event.target.value })}
        />
        <TextField
          type="date"
          label={t('mobilities.form.start')}
          value={body.startDate}
          min={runs?.startDate ?? undefined}
          max={runs?.endDate ?? undefined}
          error={fieldError('startDate')}
          onChange={(event) => change({ startDate: event.target.value })}
        />
        <TextField
          type="date"
          label={t('mobilities.form.end')}
          value={body.endDate}
          min={body.startDate || runs?.startDate || undefined}
          max={runs?.endDate ?? undefined}
          error={fieldError('endDate')}
          onChange={(event) => change({ endDate: event.target.value })}
        />
      </div>

      {members === 'loading' ? <Spinner label={t('app.loading')} /> : null}
      {members === 'failed' ? <Banner tone="warning">{t('mobilities.form.membersFailed')}</Banner> : null}
      {Array.isArray(members) ? (
        <TravellerPicker
          schools={schools}
          members={members}
          selected={body.travellerIds}
          error={fieldError('travellerIds')}
          onChange={(travellerIds) => change({ travellerIds })}
        />
      ) : null}

      {failure ? <Banner tone="error">{failure}</Banner> : null}
      <div className="mobility-form__actions">
        <Button type="submit" disabled={busy}>
          {mobility ? t('mobilities.form.save') : t('mobilities.form.create')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('mobilities.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
