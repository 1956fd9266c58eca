import { countryName } from '@kopa/i18n';
import { colorForUser, personLabel, type MemberSummary, type School } from '@kopa/protocol';
import { useId } from 'react';
import { useLocale, useT } from '../i18n/use-t';
import { Avatar } from '../ui/Avatar';
import './TravellerPicker.css';

export interface TravellerPickerProps {
  schools: School[];
  members: MemberSummary[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  error?: string | null;
}

/**
 * Who travels: the partnership's pupils and teachers grouped by school, each school
 * with an "everyone from …" box. Guests never travel; switched-off accounts are left
 * out unless already on the list.
 */
export function TravellerPicker({ schools, members, selected, onChange, error }: TravellerPickerProps) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const chosen = new Set(selected);
  const groups = schools
    .map((school) => ({
      school,
      people: members.filter(
        (member) => member.schoolId === school.id && member.role !== 'guest' && (member.active || chosen.has(member.userId)),
      ),
    }))
    .filter((group) => group.people.length > 0);

  const set = (userIds: string[], on: boolean) => {
    const next = new Set(selected);
    for (const userId of userIds) {
      if (on) next.add(userId);
      else next.delete(userId);
    }
    onChange([...next]);
  };

  return (
    <fieldset
      className={['travellers', error ? 'travellers--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend className="travellers__legend">{t('mobilities.form.travellers')}</legend>
      <p id={`${id}-hint`} className="travellers__hint">
        {t('mobilities.form.travellersHint')}{' '}
        <span className="travellers__count" aria-live="polite">
          {t('mobilities.form.travellersChosen', { count: selected.length })}
        </span>
      </p>
      {error ? (
        <p id={`${id}-error`} className="travellers__error">
          {error}
        </p>
      ) : null}
      <div className="travellers__schools">
        {groups.map(({ school, people }) => {
          const ids = people.map((person) => person.userId);
          const count = ids.filter((userId) => chosen.has(userId)).length;
          return (
            <fieldset key={school.id} className="travellers__school">
              <legend className="travellers__school-name">
                {school.name} <span className="travellers__country">{countryName(school.country, locale)}</span>
              </legend>
              <label className="travellers__option travellers__option--all">
                <input
                  type="checkbox"
                  checked={count === ids.length}
                  ref={(box) => {
                    if (box) box.indeterminate = count > 0 && count < ids.length;
                  }}
                  onChange={(event) => set(ids, event.target.checked)}
                />
                <span>{t('mobilities.form.everyoneFrom', { school: school.name })}</span>
              </label>
              <ul className="travellers__people">
                {people.map((person) => (
                  <li key={person.userId}>
                    <label className="travellers__option">
                      <input type="checkbox" checked={chosen.has(person.userId)} onChange={(event) => set([person.userId], event.target.checked)} />
                      {/* The name is right beside it: the avatar would only repeat it to screen readers. */}
                      <span aria-hidden="true" className="travellers__avatar">
                        <Avatar size="s" name={person.displayName} label={personLabel(person.displayName, person.country)} color={colorForUser(person.userId)} />
                      </span>
                      <span className="travellers__name">{person.displayName}</span>
                      {person.role === 'pupil' ? null : <span className="travellers__role">{t(`role.${person.role}`)}</span>}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
