import type { MemberSummary, Role, Team } from '@kopa/protocol';

/** Someone who can appear on a team chip. */
export interface TeamPerson {
  id: string;
  displayName: string;
  schoolId: string | null;
  country: string | null;
  role: Role;
  active: boolean;
}

/** Everyone the page knows of, by id: team members (everyone may see them) and, for staff, the whole partnership. */
export function peopleById(teams: readonly Team[], members: readonly MemberSummary[] | null): Map<string, TeamPerson> {
  const people = new Map<string, TeamPerson>();
  for (const team of teams) {
    for (const member of team.members) {
      people.set(member.userId, { id: member.userId, ...pickPerson(member), active: true });
    }
  }
  for (const member of members ?? []) {
    people.set(member.userId, { id: member.userId, ...pickPerson(member), active: member.active });
  }
  return people;
}

function pickPerson(member: Pick<TeamPerson, 'displayName' | 'schoolId' | 'country' | 'role'>) {
  return { displayName: member.displayName, schoolId: member.schoolId, country: member.country, role: member.role };
}

/** The countries of the partnership's pupils, in a stable order: the columns of every school mix. */
export function pupilCountries(people: Iterable<TeamPerson>): string[] {
  const countries = new Set<string>();
  for (const person of people) if (person.role === 'pupil' && person.country) countries.add(person.country);
  return [...countries].sort();
}
