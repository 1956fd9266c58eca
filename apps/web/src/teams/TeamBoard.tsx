import { ArrowDownToLine } from 'lucide-react';
import { useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { canDrop, POOL, schoolMix, stepTarget, type Placement } from './board-moves';
import { MovableChip } from './MemberChip';
import { SchoolMix } from './SchoolMix';
import type { TeamPerson } from './team-people';
import './TeamBoard.css';

export interface BoardColumn {
  /** A team's key in the placement, or POOL for the people in no team. */
  key: string;
  /** The team's name as announced ("Lucía moved to Team 2"). */
  title: string;
  memberIds: readonly string[];
  /** Replaces the plain heading, e.g. with a name field or buttons. */
  header?: ReactNode;
  emptyText: string;
  hint?: string;
}

export interface TeamBoardProps {
  columns: readonly BoardColumn[];
  placement: Placement;
  people: ReadonlyMap<string, TeamPerson>;
  /** The countries every team's school mix counts (zeros show what is missing). */
  countries: readonly string[];
  onMove(personId: string, from: string, to: string): void;
}

interface Carried {
  personId: string;
  from: string;
  /** Where it would land now: moved with the arrow keys. */
  target: string;
}

/**
 * Teams side by side, people as chips. A chip moves three ways: dragged with a mouse;
 * picked up with a tap, Space or Enter, carried with the arrow keys (or dropped on a
 * "Move here" button, the touch way), dropped with another tap, Space or Enter;
 * Escape puts it back. Every step is announced.
 */
export function TeamBoard({ columns, placement, people, countries, onMove }: TeamBoardProps) {
  const t = useT();
  const helpId = useId();
  const boardRef = useRef<HTMLDivElement>(null);
  const [carriedState, setCarried] = useState<Carried | null>(null);
  const [dragged, setDragged] = useState<{ personId: string; from: string } | null>(null);
  const [dragOver, setDragOver] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusRequest = useRef<string | null>(null);

  const keys = columns.map((column) => column.key);
  // A carried chip whose team vanished (saved, archived) is simply put down.
  const carried = carriedState && keys.includes(carriedState.from) && keys.includes(carriedState.target) ? carriedState : null;
  const titleOf = (key: string) => columns.find((column) => column.key === key)?.title ?? '';
  const nameOf = (personId: string) => people.get(personId)?.displayName ?? '';
  const setFocusKey = (key: string) => {
    focusRequest.current = key;
  };

  // A chip that changed column is a new element: keep the keyboard on it (or on its column, if it left the board).
  useEffect(() => {
    const key = focusRequest.current;
    if (!key) return;
    focusRequest.current = null;
    const chip = boardRef.current?.querySelector<HTMLElement>(`[data-chip="${CSS.escape(key)}"]`);
    const column = boardRef.current?.querySelector<HTMLElement>(`[data-column="${CSS.escape(key.split('/')[0]!)}"]`);
    (chip ?? column)?.focus();
  });

  const drop = (personId: string, from: string, to: string) => {
    const name = nameOf(personId);
    setCarried(null);
    if (to === from) {
      setAnnouncement(t('teams.announce.stayed', { name, team: titleOf(from) }));
      setFocusKey(`${from}/${personId}`);
      return;
    }
    if (!canDrop(placement, personId, from, to)) {
      setAnnouncement(t('teams.announce.already', { name, team: titleOf(to) }));
      return;
    }
    onMove(personId, from, to);
    setAnnouncement(
      to === POOL ? t('teams.announce.removed', { name, team: titleOf(from) }) : t('teams.announce.moved', { name, team: titleOf(to) }),
    );
    setFocusKey(`${to}/${personId}`);
  };

  const onChipClick = (personId: string, column: string) => {
    if (carried && carried.personId === personId && carried.target === column) {
      drop(personId, carried.from, carried.target);
      return;
    }
    setCarried({ personId, from: column, target: column });
    setAnnouncement(t('teams.announce.pickedUp', { name: nameOf(personId), team: titleOf(column) }));
  };

  const onChipKeyDown = (event: KeyboardEvent, personId: string) => {
    if (!carried || carried.personId !== personId) return;
    const direction = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[event.key] as -1 | 1 | undefined;
    if (direction) {
      event.preventDefault();
      const target = stepTarget(keys, placement, personId, carried.from, carried.target, direction);
      setCarried({ ...carried, target });
      setFocusKey(`${target}/${personId}`);
      setAnnouncement(t('teams.announce.over', { name: nameOf(personId), team: titleOf(target) }));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setCarried(null);
      setFocusKey(`${carried.from}/${personId}`);
      setAnnouncement(t('teams.announce.cancelled', { name: nameOf(personId), team: titleOf(carried.from) }));
    }
  };

  const dragHandlers = (key: string) => ({
    onDragOver(event: DragEvent) {
      if (!dragged || !canDrop(placement, dragged.personId, dragged.from, key)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setDragOver(key);
    },
    onDragLeave(event: DragEvent) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragOver((over) => (over === key ? null : over));
    },
    onDrop(event: DragEvent) {
      event.preventDefault();
      if (dragged) drop(dragged.personId, dragged.from, key);
      setDragged(null);
      setDragOver(null);
    },
  });

  /** What a column shows now: a carried chip appears where it would land. */
  const shownIn = (column: BoardColumn): string[] => {
    let ids = [...column.memberIds];
    if (carried && carried.target !== carried.from) {
      if (column.key === carried.from) ids = ids.filter((id) => id !== carried.personId);
      if (column.key === carried.target && !ids.includes(carried.personId)) ids = [...ids, carried.personId];
    }
    return ids;
  };

  return (
    <div className="team-board" ref={boardRef}>
      <p id={helpId} className="team-board__help">
        {t('teams.boardHelp')}
      </p>
      <div className="team-board__columns">
        {columns.map((column) => {
          const ids = shownIn(column);
          const isPool = column.key === POOL;
          const isTarget = (carried && carried.target === column.key && carried.target !== carried.from) || dragOver === column.key;
          const headingId = `${helpId}-${column.key}`;
          const offerDrop = carried && carried.target !== column.key && canDrop(placement, carried.personId, carried.from, column.key);
          return (
            <section
              key={column.key}
              data-column={column.key}
              tabIndex={-1}
              aria-labelledby={headingId}
              className={[
                'team-board__column',
                isPool ? 'team-board__column--pool' : '',
                isTarget ? 'team-board__column--target' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              {...dragHandlers(column.key)}
            >
              <header className="team-board__header">
                <h3 id={headingId} className={column.header ? 'visually-hidden' : 'team-board__title'}>
                  {column.title}
                </h3>
                {column.header}
                {column.hint ? <p className="team-board__hint">{column.hint}</p> : null}
                {isPool ? null : (
                  <>
                    <p className="team-board__count">{t('teams.memberCount', { count: ids.length })}</p>
                    <SchoolMix mix={schoolMix(ids, (id) => (people.get(id)?.role === 'pupil' ? (people.get(id)?.country ?? null) : null), countries)} />
                  </>
                )}
              </header>
              {ids.length === 0 ? <p className="team-board__empty">{column.emptyText}</p> : null}
              <ul className="team-board__chips">
                {ids.map((personId) => {
                  const person = people.get(personId);
                  if (!person) return null;
                  const isCarried = carried?.personId === personId && carried.target === column.key;
                  return (
                    <li key={personId}>
                      <MovableChip
                        person={person}
                        carried={isCarried}
                        data-chip={`${column.key}/${personId}`}
                        aria-describedby={helpId}
                        draggable
                        onClick={() => onChipClick(personId, column.key)}
                        onKeyDown={(event) => onChipKeyDown(event, personId)}
                        onDragStart={(event) => {
                          setCarried(null);
                          setDragged({ personId, from: column.key });
                          event.dataTransfer.effectAllowed = 'move';
                          event.dataTransfer.setData('text/plain', person.displayName);
                        }}
                        onDragEnd={() => {
                          setDragged(null);
                          setDragOver(null);
                        }}
                      />
                    </li>
                  );
                })}
              </ul>
              {offerDrop ? (
                <Button
                  variant="secondary"
                  className="team-board__drop"
                  icon={<ArrowDownToLine size={18} />}
                  onClick={() => drop(carried.personId, carried.from, column.key)}
                >
                  {t('teams.moveHere', { name: nameOf(carried.personId) })}
                </Button>
              ) : null}
            </section>
          );
        })}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
