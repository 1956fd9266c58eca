import type { Team } from '@kopa/protocol';
import { Archive, Pencil } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { IconButton } from '../ui/IconButton';
import { TextField } from '../ui/TextField';
import { changedTeams, movePerson, POOL, unplaced, type Placement } from './board-moves';
import { TeamBoard, type BoardColumn } from './TeamBoard';
import type { TeamPerson } from './team-people';
import { teamsApi } from './teams-api';
import './TeamEditor.css';

export interface Notice {
  tone: 'success' | 'error' | 'info';
  text: string;
  undo?: () => void;
}

export interface TeamEditorProps {
  /** The active teams. */
  teams: readonly Team[];
  people: ReadonlyMap<string, TeamPerson>;
  /** Active pupils, in the order the pool lists them. */
  pupilIds: readonly string[];
  countries: readonly string[];
  /** Load the teams again after a change was saved. */
  reload(): Promise<void>;
  notify(notice: Notice): void;
}

/**
 * The teacher's view of the existing teams: move people between teams (saved
 * together with one button), rename a team, archive it.
 */
export function TeamEditor({ teams, people, pupilIds, countries, reload, notify }: TeamEditorProps) {
  const t = useT();
  // Only the teams the teacher changed and has not saved yet: the rest follow the server.
  const [edits, setEdits] = useState<Record<string, readonly string[]>>({});
  const [saving, setSaving] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);

  const saved: Placement = Object.fromEntries(teams.map((team) => [team.id, team.memberIds]));
  const placement: Placement = { ...saved, ...pick(edits, Object.keys(saved)) };
  const pending = changedTeams(saved, placement);

  const move = (personId: string, from: string, to: string) => {
    const next = movePerson(placement, personId, from, to);
    setEdits(Object.fromEntries(changedTeams(saved, next).map((key) => [key, next[key]!])));
  };

  const save = async () => {
    setSaving(true);
    const results = await Promise.allSettled(pending.map((teamId) => teamsApi.update(teamId, { memberIds: [...placement[teamId]!] })));
    const failed = pending.filter((_, index) => results[index]!.status === 'rejected');
    const firstError = results.find((result) => result.status === 'rejected');
    await reload();
    setEdits((current) => pick(current, failed));
    setSaving(false);
    notify(firstError ? { tone: 'error', text: errorMessage(firstError.reason, t) } : { tone: 'success', text: t('teams.saved') });
  };

  const archive = async (team: Team) => {
    try {
      await teamsApi.archive(team.id);
      await reload();
      notify({
        tone: 'info',
        text: t('teams.archived', { name: team.name }),
        undo: () => void teamsApi.restore(team.id).then(reload, (error: unknown) => notify({ tone: 'error', text: errorMessage(error, t) })),
      });
    } catch (error) {
      notify({ tone: 'error', text: errorMessage(error, t) });
    }
  };

  const columns: BoardColumn[] = [
    {
      key: POOL,
      title: t('teams.pool'),
      memberIds: unplaced(pupilIds, placement),
      emptyText: t('teams.poolEmpty'),
      hint: t('teams.poolHint'),
    },
    ...teams.map((team) => ({
      key: team.id,
      title: team.name,
      memberIds: placement[team.id] ?? [],
      emptyText: t('teams.empty'),
      header:
        renaming === team.id ? (
          <RenameForm
            team={team}
            onDone={async (error) => {
              if (error) return notify({ tone: 'error', text: errorMessage(error, t) });
              setRenaming(null);
              await reload();
            }}
            onCancel={() => setRenaming(null)}
          />
        ) : (
          <div className="team-editor__heading">
            <span className="team-board__title" aria-hidden="true">
              {team.name}
            </span>
            <span className="team-editor__actions">
              <IconButton label={t('teams.rename', { name: team.name })} icon={<Pencil size={20} />} onClick={() => setRenaming(team.id)} />
              <IconButton label={t('teams.archive', { name: team.name })} icon={<Archive size={20} />} onClick={() => void archive(team)} />
            </span>
          </div>
        ),
    })),
  ];

  return (
    <div className="team-editor">
      <TeamBoard columns={columns} placement={placement} people={people} countries={countries} onMove={move} />
      {pending.length > 0 ? (
        <div className="team-editor__unsaved" role="region" aria-label={t('teams.save')}>
          <p className="team-editor__unsaved-text">{t('teams.unsaved', { count: pending.length })}</p>
          <div className="team-editor__unsaved-actions">
            <Button variant="ghost" onClick={() => setEdits({})} disabled={saving}>
              {t('teams.discard')}
            </Button>
            <Button onClick={() => void save()} disabled={saving}>
              {t('teams.save')}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function RenameForm({ team, onDone, onCancel }: { team: Team; onDone(error?: unknown): Promise<void> | void; onCancel(): void }) {
  const t = useT();
  const [name, setName] = useState(team.name);
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setInvalid(true);
    setBusy(true);
    try {
      await teamsApi.update(team.id, { name: name.trim() });
      await onDone();
    } catch (error) {
      await onDone(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="team-editor__rename" onSubmit={(event) => void submit(event)}>
      <TextField
        label={t('teams.renameLabel', { name: team.name })}
        value={name}
        maxLength={60}
        autoFocus
        error={invalid ? t('teams.nameRequired') : null}
        onChange={(event) => {
          setName(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <div className="team-editor__rename-actions">
        <Button type="submit" disabled={busy}>
          {t('teams.saveName')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('teams.cancel')}
        </Button>
      </div>
    </form>
  );
}

function pick<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]!]));
}
