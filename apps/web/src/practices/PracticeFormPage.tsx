import type { Partnership, Practice, SpaceSummary } from '@kopa/protocol';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { kopaApi } from '../api/kopa-api';
import { useT } from '../i18n/use-t';
import { partnershipsApi } from '../partnerships/partnerships-api';
import { useMe } from '../session/use-session';
import { BackLink } from '../ui/BackLink';
import { Banner } from '../ui/Banner';
import { LoadStatus, type Loadable } from '../ui/LoadStatus';
import { PageShell } from '../ui/PageShell';
import { PracticeForm } from './PracticeForm';
import { practiceHref } from './practices-api';
import { usePractice } from './use-practice';

/** `/practices/new` and `/practices/:id/edit`: the form, once the partnership (its themes, schools, languages) is here. */
export function PracticeFormPage({ practiceId }: { practiceId?: string }) {
  const t = useT();
  const me = useMe();
  const [, navigate] = useLocation();
  const existing = usePractice(practiceId ?? null);
  const practice = practiceId && existing.state.status === 'ready' ? existing.state.practice : null;
  const partnershipId = practiceId ? (practice?.partnership.id ?? null) : me.partnershipId;
  const partnership = usePartnershipOnly(partnershipId);
  const spaces = useSpaces();

  const state: Loadable =
    practiceId && existing.state.status !== 'ready' ? existing.state : partnership.status === 'ready' ? { status: 'ready' } : partnership;
  const back = practiceId ? practiceHref(practiceId) : '/practices';
  const allowed = partnership.status === 'ready' && partnership.partnership.canModerate && (!practice || practice.canEdit);

  return (
    <PageShell>
      <BackLink href={back}>{t('practices.back')}</BackLink>
      <LoadStatus state={state} onRetry={practiceId && existing.state.status === 'failed' ? existing.reload : partnership.reload} />
      {state.status === 'ready' && partnership.status === 'ready' ? (
        allowed ? (
          <PracticeForm
            // A fresh form for each practice (and once it has loaded).
            key={practice?.id ?? 'new'}
            partnership={partnership.partnership}
            practice={practice}
            country={me.country}
            spaces={spaces}
            onSaved={(saved: Practice) => navigate(practiceHref(saved.id), { replace: !practiceId })}
            onCancel={() => navigate(back)}
          />
        ) : (
          <Banner tone="info">{t('practices.form.onlyTeachers')}</Banner>
        )
      ) : null}
    </PageShell>
  );
}

type PartnershipOnly = ({ status: 'loading' } | { status: 'ready'; partnership: Partnership } | { status: 'failed'; error: unknown }) & { reload(): void };

/** The partnership alone (without its invite links), as the form needs it. */
function usePartnershipOnly(partnershipId: string | null): PartnershipOnly {
  const [state, setState] = useState<{ status: 'loading' } | { status: 'ready'; partnership: Partnership } | { status: 'failed'; error: unknown }>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!partnershipId) return;
    let current = true;
    partnershipsApi.partnership(partnershipId).then(
      (partnership) => current && setState({ status: 'ready', partnership }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [partnershipId, attempt]);
  return { ...state, reload: () => setAttempt((count) => count + 1) };
}

/** Every space the user may see with its items: what a practice may link to. */
function useSpaces(): SpaceSummary[] | 'loading' | 'failed' {
  const [spaces, setSpaces] = useState<SpaceSummary[] | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let current = true;
    kopaApi.spaces().then(
      (list) => current && setSpaces(list),
      () => current && setSpaces('failed'),
    );
    return () => {
      current = false;
    };
  }, []);
  return spaces;
}
