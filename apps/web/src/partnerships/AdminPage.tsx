import type { AdminPartnership, CreatedPartnership } from '@kopa/protocol';
import { Plus } from 'lucide-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useLocale, useList, useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { PageShell } from '../ui/PageShell';
import { TextField } from '../ui/TextField';
import { useFocusFirstInvalid } from '../ui/use-focus-first-invalid';
import { InviteLink } from './InviteLink';
import { inviteState, partnershipsApi } from './partnerships-api';
import { formatDateRange } from './partnership-dates';
import { LoadStatus } from '../ui/LoadStatus';
import './AdminPage.css';
import { EmptyState } from '../ui/EmptyState';

type ListState = { status: 'loading' } | { status: 'ready'; list: AdminPartnership[] } | { status: 'failed'; error: unknown };

/** `/admin`: the instance administrator starts partnerships and hands each to its coordinator. */
export function AdminPage() {
  const t = useT();
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [created, setCreated] = useState<CreatedPartnership | null>(null);

  const reload = useCallback(() => {
    partnershipsApi.adminPartnerships().then(
      (list) => setState({ status: 'ready', list: [...list].reverse() }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, []);
  useEffect(reload, [reload]);

  return (
    <PageShell>
      <section className="admin__hello">
        <h1 className="admin__title">{t('admin.title')}</h1>
        <p className="admin__intro">{t('admin.intro')}</p>
      </section>
      <div className="admin__layout">
        <section className="admin__card" aria-labelledby="admin-create-heading">
          <h2 id="admin-create-heading" className="admin__heading">
            {t('admin.create.title')}
          </h2>
          {created ? (
            <div className="admin__created">
              <Banner tone="success">{t('admin.created', { title: created.partnership.title })}</Banner>
              <InviteLink invite={created.invite} name={created.partnership.title} />
            </div>
          ) : null}
          <NewPartnershipForm
            onCreated={(result) => {
              setCreated(result);
              reload();
            }}
          />
        </section>
        <section aria-labelledby="admin-list-heading">
          <h2 id="admin-list-heading" className="admin__heading">
            {t('admin.list.title')}
          </h2>
          <LoadStatus state={state} onRetry={reload} />
          {state.status === 'ready' && state.list.length === 0 ? <EmptyState picture="together" compact>
              {t('admin.list.empty')}
            </EmptyState> : null}
          {state.status === 'ready' && state.list.length > 0 ? (
            <ul className="admin__list">
              {state.list.map((partnership) => (
                <li key={partnership.id}>
                  <PartnershipEntry partnership={partnership} />
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>
    </PageShell>
  );
}

function PartnershipEntry({ partnership }: { partnership: AdminPartnership }) {
  const t = useT();
  const list = useList();
  const { locale } = useLocale();
  const openInvite = partnership.invites.find((invite) => inviteState(invite) === 'active');
  const dates = formatDateRange(partnership.startDate, partnership.endDate, locale);
  return (
    <article className="admin__entry">
      <h3 className="admin__entry-title">{partnership.title}</h3>
      <p className="admin__entry-facts">
        {[partnership.referenceCode, dates, t('admin.list.schools', { count: partnership.schoolCount }), t('admin.list.members', { count: partnership.memberCount })]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {partnership.coordinators.length > 0 ? (
        <p>{t('admin.list.coordinator', { names: list(partnership.coordinators) })}</p>
      ) : null}
      {partnership.coordinators.length === 0 && openInvite ? (
        <div className="admin__entry-invite">
          <p className="admin__waiting">{t('admin.list.waiting')}</p>
          <InviteLink invite={openInvite} name={partnership.title} />
        </div>
      ) : null}
    </article>
  );
}

function NewPartnershipForm({ onCreated }: { onCreated(created: CreatedPartnership): void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [referenceCode, setReferenceCode] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [errors, setErrors] = useState<{ title?: string; endDate?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      title: title.trim().length < 3 ? t('partnership.titleRequired') : undefined,
      endDate: startDate && endDate && startDate > endDate ? t('partnership.datesOrder') : undefined,
    };
    setErrors(found);
    if (found.title || found.endDate) return focusFirstInvalid();
    setBusy(true);
    try {
      const created = await partnershipsApi.createPartnership({
        title: title.trim(),
        referenceCode: referenceCode.trim() || null,
        startDate: startDate || null,
        endDate: endDate || null,
      });
      setTitle('');
      setReferenceCode('');
      setStartDate('');
      setEndDate('');
      onCreated(created);
    } catch (failure) {
      setErrors({
        form: errorMessage(failure, t, {
          title: t('partnership.field.title'),
          referenceCode: t('partnership.field.referenceCode'),
          startDate: t('partnership.field.startDate'),
          endDate: t('partnership.field.endDate'),
        }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="admin__form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField label={t('partnership.field.title')} value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} error={errors.title} />
      <TextField
        label={t('partnership.field.referenceCode')}
        hint={t('partnership.field.referenceCodeHint')}
        value={referenceCode}
        maxLength={60}
        onChange={(event) => setReferenceCode(event.target.value)}
      />
      <div className="admin__dates">
        <TextField label={t('partnership.field.startDate')} type="date" value={startDate} onChange={(event) => setStartDate(event.target.value)} />
        <TextField
          label={t('partnership.field.endDate')}
          type="date"
          value={endDate}
          min={startDate || undefined}
          onChange={(event) => setEndDate(event.target.value)}
          error={errors.endDate}
        />
      </div>
      {errors.form ? <Banner tone="error">{errors.form}</Banner> : null}
      <Button type="submit" icon={<Plus size={20} />} disabled={busy} className="admin__submit">
        {busy ? t('admin.create.submitting') : t('admin.create.submit')}
      </Button>
    </form>
  );
}
