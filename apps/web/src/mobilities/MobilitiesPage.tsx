import { isStaffRole, localIsoDate, type MemberSummary, type Mobility } from '@kopa/protocol';
import { Plus } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import { useMe } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { PageShell } from '../ui/PageShell';
import { MobilityCard } from './MobilityCard';
import { MobilityForm } from './MobilityForm';
import { useVisits } from './use-visits';
import { LoadStatus } from '../ui/LoadStatus';
import './MobilitiesPage.css';
import { partnershipsApi } from '../partnerships/partnerships-api';
import { EmptyState } from '../ui/EmptyState';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; mobilityId: string };

/** `/mobilities`: the partnership's visits for everyone; teachers plan, change and remove them here. */
export function MobilitiesPage() {
  const t = useT();
  const me = useMe();
  const { state, reload } = useVisits(me.partnershipId);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const members = useTravellerCandidates(me.partnershipId, isStaffRole(me.role));
  const today = localIsoDate();

  // The partnership's own answer mirrors can(); the role is the fallback if it could not be read.
  const canManage = state.status === 'ready' && (state.partnership ? state.partnership.canModerate : isStaffRole(me.role));
  const schools = state.status === 'ready' ? (state.partnership?.schools ?? []) : [];
  const visits = state.status === 'ready' ? state.mobilities.filter((mobility) => !mobility.archived) : [];

  const saved = (mobility: Mobility, created: boolean) => {
    setEditing({ kind: 'none' });
    setNotice(t(created ? 'mobilities.created' : 'mobilities.saved', { title: mobility.title }));
    reload();
  };
  const removed = (mobility: Mobility) => {
    setNotice(t('mobilities.removed', { title: mobility.title }));
    reload();
  };
  const form = (mobility?: Mobility) => (
    <MobilityForm
      partnershipId={me.partnershipId ?? ''}
      schools={schools}
      runs={state.status === 'ready' ? (state.partnership ?? undefined) : undefined}
      members={members}
      mobility={mobility}
      onSaved={saved}
      onCancel={() => setEditing({ kind: 'none' })}
    />
  );

  return (
    <PageShell>
      <header className="visits__head">
        <div className="visits__titles">
          <h1 className="visits__title">{t('mobilities.title')}</h1>
          <p className="visits__intro">{t('mobilities.intro')}</p>
        </div>
        {canManage && editing.kind === 'none' ? (
          <Button
            icon={<Plus size={20} />}
            onClick={() => {
              setNotice(null);
              setEditing({ kind: 'new' });
            }}
          >
            {t('mobilities.add')}
          </Button>
        ) : null}
      </header>

      {notice ? <Banner tone="success">{notice}</Banner> : null}
      {editing.kind === 'new' ? <div className="visits__new">{form()}</div> : null}
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && visits.length === 0 && editing.kind !== 'new' ? (
        <EmptyState picture="calendar">{t(canManage ? 'mobilities.emptyStaff' : 'mobilities.empty')}</EmptyState>
      ) : null}
      {visits.length > 0 ? (
        <ul className="visits__list">
          {visits.map((mobility) => (
            <li key={mobility.id} className={editing.kind === 'edit' && editing.mobilityId === mobility.id ? 'visits__editing' : undefined}>
              {editing.kind === 'edit' && editing.mobilityId === mobility.id ? (
                form(mobility)
              ) : (
                <MobilityCard
                  mobility={mobility}
                  host={schools.find((school) => school.id === mobility.hostSchoolId)}
                  today={today}
                  userId={me.id}
                  canManage={canManage && editing.kind === 'none'}
                  onEdit={() => {
                    setNotice(null);
                    setEditing({ kind: 'edit', mobilityId: mobility.id });
                  }}
                  onRemoved={removed}
                />
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </PageShell>
  );
}

/** The partnership's members for the traveller picker (teachers only: the list is theirs to see). */
function useTravellerCandidates(partnershipId: string | null, staff: boolean): MemberSummary[] | 'loading' | 'failed' {
  const [members, setMembers] = useState<MemberSummary[] | 'loading' | 'failed'>('loading');
  useEffect(() => {
    if (!staff || !partnershipId) return;
    let live = true;
    partnershipsApi.members(partnershipId).then(
      (list) => live && setMembers(list),
      () => live && setMembers('failed'),
    );
    return () => {
      live = false;
    };
  }, [partnershipId, staff]);
  return members;
}
