import { isStaffRole, type Team } from '@kopa/protocol';
import { Plus, Sparkles } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAccessChanged } from '../live/use-access-changed';
import { useMe } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { PageShell } from '../ui/PageShell';
import { TextField } from '../ui/TextField';
import { TeamCards } from './TeamCards';
import { TeamEditor, type Notice } from './TeamEditor';
import { TeamProposer } from './TeamProposer';
import { peopleById, pupilCountries } from './team-people';
import { teamsApi } from './teams-api';
import { useTeamsData, type TeamsData } from './use-teams-data';
import { LoadStatus } from '../ui/LoadStatus';
import './TeamsPage.css';
import { EmptyState } from '../ui/EmptyState';

/** `/teams`: everyone sees the partnership's teams; teachers also build and change them. */
export function TeamsPage() {
  const t = useT();
  const me = useMe();
  const staff = isStaffRole(me.role);
  const partnershipId = me.partnershipId ?? '';
  const { state, reload } = useTeamsData(partnershipId, staff);
  useAccessChanged(() => void reload());

  return (
    <PageShell>
      <section className="teams-page__hello">
        <h1 className="teams-page__title">{t('teams.title')}</h1>
        <p className="teams-page__intro">{staff ? t('teams.introStaff') : t('teams.introMember')}</p>
      </section>
      <LoadStatus state={state} onRetry={() => void reload()} />
      {state.status === 'ready' ? <TeamsContent data={state.data} staff={staff} reload={reload} /> : null}
    </PageShell>
  );
}

function TeamsContent({ data, staff, reload }: { data: TeamsData; staff: boolean; reload(): Promise<void> }) {
  const t = useT();
  const me = useMe();
  const [mode, setMode] = useState<'teams' | 'propose'>('teams');
  const [notice, setNotice] = useState<(Notice & { home?: boolean }) | null>(null);
  const [creating, setCreating] = useState(false);
  const proposeHeading = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const people = peopleById(data.teams, data.members);
  const countries = pupilCountries(people.values());
  const active = data.teams.filter((team) => !team.archived);
  const archived = data.teams.filter((team) => team.archived);
  const pupils = [...people.values()].filter((person) => person.role === 'pupil' && person.active);
  const assigned = new Set(active.flatMap((team) => team.memberIds));

  useEffect(() => {
    if (mode === 'propose') proposeHeading.current?.focus();
  }, [mode]);

  const restore = async (team: Team) => {
    try {
      await teamsApi.restore(team.id);
      await reload();
      setNotice({ tone: 'success', text: t('teams.restored', { name: team.name }) });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error, t) });
    }
  };

  const noticeBanner = notice ? (
    <div ref={noticeRef} tabIndex={-1} className="teams-page__notice">
      <Banner
        tone={notice.tone}
        action={
          notice.undo ? (
            <Button
              variant="secondary"
              onClick={() => {
                notice.undo?.();
                setNotice(null);
              }}
            >
              {t('teams.undo')}
            </Button>
          ) : notice.home ? (
            <Link href="/" className="button button--secondary button--m">
              {t('teams.goHome')}
            </Link>
          ) : null
        }
      >
        {notice.text}
      </Banner>
    </div>
  ) : null;

  if (staff && mode === 'propose') {
    return (
      <section className="teams-page__section" aria-labelledby="propose-heading">
        <div className="teams-page__section-head">
          <h2 id="propose-heading" ref={proposeHeading} tabIndex={-1} className="teams-page__heading">
            {t('teams.proposeTitle')}
          </h2>
          <p className="teams-page__intro">{t('teams.proposeIntro')}</p>
        </div>
        <TeamProposer
          partnershipId={me.partnershipId ?? ''}
          pupils={pupils}
          assignedIds={assigned}
          takenNames={data.teams.map((team) => team.name)}
          people={people}
          countries={countries}
          onCancel={() => setMode('teams')}
          onSaved={(saved) => {
            setMode('teams');
            setNotice({ tone: 'success', text: t('teams.proposalSaved', { count: saved.length }), home: true });
            void reload().then(() => noticeRef.current?.focus());
          }}
        />
      </section>
    );
  }

  return (
    <>
      {staff ? (
        <div className="teams-page__toolbar">
          <Button size="l" icon={<Sparkles size={20} />} onClick={() => setMode('propose')}>
            {t('teams.propose')}
          </Button>
          <Button variant="secondary" icon={<Plus size={20} />} onClick={() => setCreating(true)} aria-expanded={creating}>
            {t('teams.newTeam')}
          </Button>
        </div>
      ) : null}
      {creating ? (
        <NewTeamForm
          partnershipId={me.partnershipId ?? ''}
          onCancel={() => setCreating(false)}
          onCreated={async () => {
            setCreating(false);
            await reload();
          }}
        />
      ) : null}
      {noticeBanner}

      {active.length === 0 ? <EmptyState picture="people">{staff ? t('teams.noneStaff') : t('teams.none')}</EmptyState> : null}
      {/* The teams' names are headings of the third level: this one, for screen readers, keeps the outline whole. */}
      {active.length > 0 ? (
        <h2 className="visually-hidden">{t('a11y.teams.heading')}</h2>
      ) : null}
      {staff && active.length + pupils.length > 0 ? (
        <TeamEditor
          teams={active}
          people={people}
          pupilIds={pupils.map((pupil) => pupil.id)}
          countries={countries}
          reload={reload}
          notify={setNotice}
        />
      ) : null}
      {!staff && active.length > 0 ? <TeamCards teams={active} people={people} countries={countries} meId={me.id} /> : null}

      {archived.length > 0 ? (
        <details className="teams-page__archived">
          <summary className="teams-page__archived-summary">{t('teams.archivedHeading', { count: archived.length })}</summary>
          <p className="teams-page__intro">{t('teams.archivedNote')}</p>
          <TeamCards
            teams={archived}
            people={people}
            countries={countries}
            meId={me.id}
            action={staff ? (team) => <Button variant="secondary" onClick={() => void restore(team)}>{t('teams.restore')}</Button> : undefined}
          />
        </details>
      ) : null}
    </>
  );
}

function NewTeamForm({ partnershipId, onCreated, onCancel }: { partnershipId: string; onCreated(): Promise<void>; onCancel(): void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('teams.nameRequired'));
    setBusy(true);
    try {
      await teamsApi.create(partnershipId, { name: name.trim(), memberIds: [] });
      await onCreated();
    } catch (caught) {
      setError(errorMessage(caught, t));
      setBusy(false);
    }
  };
  return (
    <form className="teams-page__new" onSubmit={(event) => void submit(event)}>
      <TextField
        label={t('teams.newTeamName')}
        value={name}
        maxLength={60}
        autoFocus
        error={error}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      <div className="teams-page__new-actions">
        <Button type="submit" disabled={busy}>
          {t('teams.create')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('teams.cancel')}
        </Button>
      </div>
    </form>
  );
}
