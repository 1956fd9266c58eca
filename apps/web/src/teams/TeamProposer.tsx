import { LIMITS, proposeTeams, type Team } from '@kopa/protocol';
import { Shuffle } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { movePerson, POOL, unplaced, type Placement } from './board-moves';
import { TeamBoard, type BoardColumn } from './TeamBoard';
import { TeamCountStepper } from './TeamCountStepper';
import type { TeamPerson } from './team-people';
import { teamsApi } from './teams-api';
import './TeamProposer.css';

export interface TeamProposerProps {
  partnershipId: string;
  /** Active pupils, in a stable order. */
  pupils: readonly TeamPerson[];
  /** Pupils already in an active team. */
  assignedIds: ReadonlySet<string>;
  /** Names in use, so new teams do not repeat them. */
  takenNames: readonly string[];
  people: ReadonlyMap<string, TeamPerson>;
  countries: readonly string[];
  onSaved(teams: Team[]): void;
  onCancel(): void;
}

interface Proposal {
  count: number;
  seed: number | undefined;
  onlyUnassigned: boolean;
  names: string[];
  placement: Placement;
}

const keyOf = (index: number) => `new-${index}`;

/**
 * "Propose teams": Kopa deals the pupils into balanced, mixed teams (proposeTeams),
 * the teacher picks how many, mixes again or moves people, names the teams, saves them all at once.
 */
export function TeamProposer(props: TeamProposerProps) {
  const { partnershipId, pupils, assignedIds, takenNames, people, countries, onSaved, onCancel } = props;
  const t = useT();
  const hasUnassigned = pupils.some((pupil) => !assignedIds.has(pupil.id));
  const someAssigned = pupils.some((pupil) => assignedIds.has(pupil.id));

  const candidatesFor = (onlyUnassigned: boolean) => (onlyUnassigned ? pupils.filter((pupil) => !assignedIds.has(pupil.id)) : pupils);
  const maxFor = (onlyUnassigned: boolean) => Math.max(1, Math.min(LIMITS.teamsAtOnce, candidatesFor(onlyUnassigned).length));

  const defaultNames = (count: number, keep: readonly string[] = []) => {
    const names = [...keep.slice(0, count)];
    for (let number = 1; names.length < count; number++) {
      const name = t('teams.defaultName', { number });
      if (!takenNames.includes(name) && !names.includes(name)) names.push(name);
    }
    return names;
  };

  const propose = (count: number, seed: number | undefined, onlyUnassigned: boolean, keepNames: readonly string[] = []): Proposal => {
    const candidates = candidatesFor(onlyUnassigned).map((pupil) => ({ id: pupil.id, schoolId: pupil.schoolId }));
    const teams = proposeTeams(candidates, count, seed === undefined ? {} : { seed });
    return {
      count,
      seed,
      onlyUnassigned,
      names: defaultNames(count, keepNames),
      placement: Object.fromEntries(teams.map((members, index) => [keyOf(index), members])),
    };
  };

  const [proposal, setProposal] = useState<Proposal>(() => {
    // About one pupil of each school per team is the classic mix.
    const schools = new Set(pupils.map((pupil) => pupil.schoolId)).size;
    const count = Math.min(maxFor(false), Math.max(1, Math.round(pupils.length / Math.max(2, schools))));
    return propose(count, undefined, false);
  });
  const [invalidName, setInvalidName] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (pupils.length === 0) {
    return (
      <div className="team-proposer">
        <Banner tone="info" action={<Button variant="secondary" onClick={onCancel}>{t('teams.backToTeams')}</Button>}>
          {t('teams.noPupils')}
        </Banner>
      </div>
    );
  }

  const candidateIds = candidatesFor(proposal.onlyUnassigned).map((pupil) => pupil.id);
  const perTeam = Math.floor(candidateIds.length / proposal.count);
  const perTeamHint =
    candidateIds.length % proposal.count === 0
      ? t('teams.perTeam', { count: perTeam })
      : t('teams.perTeamRange', { min: perTeam, max: perTeam + 1 });

  const keys = proposal.names.map((_, index) => keyOf(index));
  const columns: BoardColumn[] = [
    { key: POOL, title: t('teams.pool'), memberIds: unplaced(candidateIds, proposal.placement), emptyText: t('teams.poolEmpty') },
    ...keys.map((key, index) => ({
      key,
      title: proposal.names[index]?.trim() || t('teams.defaultName', { number: index + 1 }),
      memberIds: proposal.placement[key] ?? [],
      emptyText: t('teams.empty'),
      header: (
        <input
          className={invalidName === index ? 'team-proposer__name team-proposer__name--invalid' : 'team-proposer__name'}
          aria-label={t('teams.teamName')}
          aria-invalid={invalidName === index ? true : undefined}
          value={proposal.names[index] ?? ''}
          maxLength={LIMITS.teamNameMaxLength}
          onChange={(event) => {
            const names = [...proposal.names];
            names[index] = event.target.value;
            setProposal({ ...proposal, names });
            setInvalidName(null);
          }}
        />
      ),
    })),
  ];

  const save = async () => {
    const blank = proposal.names.findIndex((name) => !name.trim());
    if (blank >= 0) {
      setInvalidName(blank);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const saved = await teamsApi.createMany(
        partnershipId,
        keys.map((key, index) => ({ name: proposal.names[index]!.trim(), memberIds: [...(proposal.placement[key] ?? [])] })),
      );
      onSaved(saved);
    } catch (caught) {
      setError(caught);
      setSaving(false);
    }
  };

  return (
    <div className="team-proposer">
      <div className="team-proposer__controls">
        <TeamCountStepper
          value={proposal.count}
          min={1}
          max={maxFor(proposal.onlyUnassigned)}
          hint={perTeamHint}
          onChange={(count) => setProposal(propose(count, proposal.seed, proposal.onlyUnassigned, proposal.names))}
        />
        <div className="team-proposer__options">
          {hasUnassigned && someAssigned ? (
            <label className="team-proposer__check">
              <input
                type="checkbox"
                checked={proposal.onlyUnassigned}
                onChange={(event) => {
                  const only = event.target.checked;
                  setProposal(propose(Math.min(proposal.count, maxFor(only)), proposal.seed, only, proposal.names));
                }}
              />
              {t('teams.onlyUnassigned')}
            </label>
          ) : null}
          <Button
            variant="secondary"
            icon={<Shuffle size={18} />}
            onClick={() =>
              setProposal(propose(proposal.count, Math.floor(Math.random() * 2 ** 31), proposal.onlyUnassigned, proposal.names))
            }
          >
            {t('teams.mixAgain')}
          </Button>
        </div>
      </div>

      {invalidName !== null ? <Banner tone="error">{t('teams.nameRequired')}</Banner> : null}
      {error ? <Banner tone="error">{errorMessage(error, t)}</Banner> : null}

      <TeamBoard
        columns={columns}
        placement={proposal.placement}
        people={people}
        countries={countries}
        onMove={(personId, from, to) => setProposal({ ...proposal, placement: movePerson(proposal.placement, personId, from, to) })}
      />

      <div className="team-proposer__actions">
        <Button variant="ghost" onClick={onCancel} disabled={saving}>
          {t('teams.cancel')}
        </Button>
        <Button size="l" onClick={() => void save()} disabled={saving}>
          {t('teams.saveProposal', { count: proposal.count })}
        </Button>
      </div>
    </div>
  );
}
