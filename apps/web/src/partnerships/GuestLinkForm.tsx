import type { Invite } from '@kopa/protocol';
import { Ticket } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { partnershipsApi } from './partnerships-api';
import './InviteForms.css';

/** Any teacher makes a read-only link for parents or evaluators, working for a few days. */
export function GuestLinkForm({ partnershipId, onCreated }: { partnershipId: string; onCreated(invite: Invite): void }) {
  const t = useT();
  const [label, setLabel] = useState('');
  const [days, setDays] = useState('14');
  const [errors, setErrors] = useState<{ label?: string; days?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dayCount = Number(days);
    const found = {
      label: label.trim() ? undefined : t('invites.guest.labelRequired'),
      days: Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= 365 ? undefined : t('invites.guest.daysInvalid'),
    };
    setErrors(found);
    if (found.label || found.days) return;
    setBusy(true);
    try {
      const invite = await partnershipsApi.createInvite(partnershipId, { kind: 'guest', label: label.trim(), days: dayCount });
      setLabel('');
      onCreated(invite);
    } catch (failure) {
      setErrors({ form: errorMessage(failure, t, { label: t('invites.guest.label'), days: t('invites.guest.days') }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="invite-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('invites.guest.title')}>
      <div className="invite-form__guest">
        <TextField
          label={t('invites.guest.label')}
          hint={t('invites.guest.labelHint')}
          value={label}
          maxLength={80}
          onChange={(event) => setLabel(event.target.value)}
          error={errors.label}
        />
        <TextField
          label={t('invites.guest.days')}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          value={days}
          onChange={(event) => setDays(event.target.value)}
          error={errors.days}
          className="invite-form__days"
        />
      </div>
      {errors.form ? <Banner tone="error">{errors.form}</Banner> : null}
      <Button type="submit" icon={<Ticket size={20} />} disabled={busy} className="invite-form__submit">
        {t('invites.guest.submit')}
      </Button>
    </form>
  );
}
