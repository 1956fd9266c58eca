import type { Invite } from '@kopa/protocol';
import { UserPlus } from 'lucide-react';
import { useMemo, useState, type FormEvent } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { useFocusFirstInvalid } from '../ui/use-focus-first-invalid';
import { partnershipsApi } from './partnerships-api';
import { SchoolFields, emptySchool, schoolProblems, type SchoolDraft } from './SchoolFields';
import './InviteForms.css';

/** The coordinator adds a school: it is listed at once, and its teachers join with the link. */
export function SchoolInviteForm({ partnershipId, onCreated }: { partnershipId: string; onCreated(invite: Invite): void }) {
  const t = useT();
  const [school, setSchool] = useState<SchoolDraft>(() => emptySchool());
  const [showErrors, setShowErrors] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const problems = useMemo(() => schoolProblems(school, t), [school, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (Object.values(problems).some(Boolean)) return focusFirstInvalid();
    setBusy(true);
    setError(null);
    try {
      const invite = await partnershipsApi.createInvite(partnershipId, { kind: 'school', school: { ...school, name: school.name.trim(), city: school.city.trim() } });
      setSchool(emptySchool());
      setShowErrors(false);
      onCreated(invite);
    } catch (failure) {
      setError(
        errorMessage(failure, t, {
          'school.name': t('invites.school.name'),
          'school.city': t('invites.school.city'),
          'school.country': t('invites.school.country'),
          'school.languages': t('invites.school.languages'),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="invite-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('invites.school.title')}>
      <SchoolFields value={school} onChange={setSchool} errors={showErrors ? problems : {}} />
      {error ? <Banner tone="error">{error}</Banner> : null}
      <Button type="submit" icon={<UserPlus size={20} />} disabled={busy} className="invite-form__submit">
        {t('invites.school.submit')}
      </Button>
    </form>
  );
}
