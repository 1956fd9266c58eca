import type { Team } from '@kopa/protocol';
import { Star } from 'lucide-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { schoolMix } from './board-moves';
import { MemberChip } from './MemberChip';
import { SchoolMix } from './SchoolMix';
import type { TeamPerson } from './team-people';
import './TeamCards.css';

export interface TeamCardsProps {
  teams: readonly Team[];
  people: ReadonlyMap<string, TeamPerson>;
  countries: readonly string[];
  /** The viewer, whose own teams are marked. */
  meId: string;
  /** Something to do with a team (staff restore archived ones). */
  action?: (team: Team) => ReactNode;
}

/** Teams to look at: name, members and school mix; the viewer's own teams marked. */
export function TeamCards({ teams, people, countries, meId, action }: TeamCardsProps) {
  const t = useT();
  return (
    <ul className="team-cards">
      {teams.map((team) => {
        const mine = team.memberIds.includes(meId);
        const countryOf = (id: string) => (people.get(id)?.role === 'pupil' ? (people.get(id)?.country ?? null) : null);
        return (
          <li key={team.id}>
            <article className={mine ? 'team-card team-card--mine' : 'team-card'} aria-labelledby={`team-${team.id}`}>
              <header className="team-card__header">
                <h3 id={`team-${team.id}`} className="team-card__name">
                  {team.name}
                </h3>
                {mine ? (
                  <span className="team-card__mine">
                    <Star size={14} aria-hidden="true" />
                    {t('teams.yours')}
                  </span>
                ) : null}
              </header>
              <p className="team-card__count">{t('teams.memberCount', { count: team.members.length })}</p>
              <SchoolMix mix={schoolMix(team.memberIds, countryOf, countries)} />
              {team.members.length > 0 ? (
                <ul className="team-card__members">
                  {team.members.map((member) => {
                    const person = people.get(member.userId);
                    return person ? (
                      <li key={member.userId}>
                        <MemberChip person={person} />
                      </li>
                    ) : null;
                  })}
                </ul>
              ) : (
                <p className="team-card__count">{t('teams.empty')}</p>
              )}
              {action ? <div className="team-card__action">{action(team)}</div> : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
