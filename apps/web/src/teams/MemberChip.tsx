import { colorForUser } from '@kopa/protocol';
import type { ButtonHTMLAttributes, Ref } from 'react';
import { useT } from '../i18n/use-t';
import type { TeamPerson } from './team-people';
import './MemberChip.css';

interface ChipFaceProps {
  person: TeamPerson;
}

/**
 * What a chip shows: the person's colour and initial, first name, country code, and "Teacher" for teachers.
 * Only the first name is text: the rest is drawn by CSS from data attributes, repeating what the chip's
 * name says in words, so the name begins with what is seen (speech input, WCAG 2.5.3).
 */
function ChipFace({ person }: ChipFaceProps) {
  const t = useT();
  const initial = Array.from(person.displayName.trim())[0]?.toUpperCase() ?? '?';
  return (
    <>
      <span className="member-chip__dot" style={{ backgroundColor: colorForUser(person.id) }} data-initial={initial} aria-hidden="true" />
      <span className="member-chip__name">{person.displayName}</span>
      {person.country ? <span className="member-chip__country" data-country={person.country} aria-hidden="true" /> : null}
      {isStaff(person) ? <span className="member-chip__role" data-role={t('teams.teacher')} aria-hidden="true" /> : null}
    </>
  );
}

const isStaff = (person: TeamPerson) => person.role === 'teacher' || person.role === 'coordinator';

function chipLabel(t: ReturnType<typeof useT>, person: TeamPerson): string {
  const name = person.country ? t('teams.chip', { name: person.displayName, country: person.country }) : person.displayName;
  return isStaff(person) ? `${name}, ${t('teams.teacher')}` : name;
}

/** A person in a team, to look at. */
export function MemberChip({ person }: ChipFaceProps) {
  const t = useT();
  return (
    <span className="member-chip" role="img" aria-label={chipLabel(t, person)}>
      <ChipFace person={person} />
    </span>
  );
}

export interface MovableChipProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  person: TeamPerson;
  carried: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** A person in a team, to pick up and move (by mouse, finger or keyboard). */
export function MovableChip({ person, carried, className, ref, ...button }: MovableChipProps) {
  const t = useT();
  return (
    <button
      ref={ref}
      type="button"
      className={['member-chip', 'member-chip--movable', carried ? 'member-chip--carried' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-label={carried ? t('teams.chipCarried', { name: chipLabel(t, person) }) : chipLabel(t, person)}
      aria-pressed={carried}
      {...button}
    >
      <ChipFace person={person} />
    </button>
  );
}
