import type { Role, Team, TeamMember } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

interface TeamRow {
  id: string;
  partnership_id: string;
  name: string;
  space_id: string;
  archived: number;
}

interface TeamMemberRow {
  team_id: string;
  user_id: string;
  display_name: string;
  role: Role | null;
  school_id: string | null;
  country: string | null;
}

const TEAM_COLUMNS = 't.id, t.partnership_id, t.name, s.id AS space_id, (s.archived_at IS NOT NULL) AS archived';
const TEAM_FROM = 'teams t JOIN spaces s ON s.team_id = t.id';
const MEMBER_COLUMNS = 'tm.team_id, u.id AS user_id, u.display_name, m.role, u.school_id, sc.country';
const MEMBER_FROM = `team_members tm JOIN teams t ON t.id = tm.team_id JOIN users u ON u.id = tm.user_id
  LEFT JOIN memberships m ON m.user_id = u.id AND m.partnership_id = t.partnership_id
  LEFT JOIN schools sc ON sc.id = u.school_id`;
const MEMBER_ORDER = 'ORDER BY sc.country, u.display_name COLLATE NOCASE';

/** Teams and who is in them. Each team has exactly one space (created with it, archived with it). */
export class TeamRepository {
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      byPartnership: db.prepare<[string], TeamRow>(
        `SELECT ${TEAM_COLUMNS} FROM ${TEAM_FROM} WHERE t.partnership_id = ? ORDER BY t.created_at, t.rowid`,
      ),
      byId: db.prepare<[string], TeamRow>(`SELECT ${TEAM_COLUMNS} FROM ${TEAM_FROM} WHERE t.id = ?`),
      membersByPartnership: db.prepare<[string], TeamMemberRow>(
        `SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_FROM} WHERE t.partnership_id = ? ${MEMBER_ORDER}`,
      ),
      membersByTeam: db.prepare<[string], TeamMemberRow>(`SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_FROM} WHERE t.id = ? ${MEMBER_ORDER}`),
      insertTeam: db.prepare<[string, string, string, number]>(
        'INSERT INTO teams (id, partnership_id, name, created_at) VALUES (?, ?, ?, ?)',
      ),
      insertMember: db.prepare<[string, string]>('INSERT INTO team_members (team_id, user_id) VALUES (?, ?)'),
      deleteMembers: db.prepare<[string]>('DELETE FROM team_members WHERE team_id = ?'),
      rename: db.prepare<[string, string]>('UPDATE teams SET name = ? WHERE id = ?'),
    };
  }

  teamsOf(partnershipId: string): Team[] {
    const members = groupByTeam(this.statements.membersByPartnership.all(partnershipId));
    return this.statements.byPartnership.all(partnershipId).map((row) => toTeam(row, members.get(row.id) ?? []));
  }

  find(teamId: string): Team | null {
    const row = this.statements.byId.get(teamId);
    return row ? toTeam(row, this.statements.membersByTeam.all(teamId).map(toMember)) : null;
  }

  /** Inserts the team row; its space is inserted by the caller in the same transaction. */
  insert(team: { id: string; partnershipId: string; name: string; memberIds: readonly string[] }): void {
    this.statements.insertTeam.run(team.id, team.partnershipId, team.name, Date.now());
    for (const userId of team.memberIds) this.statements.insertMember.run(team.id, userId);
  }

  /** Renames the team (not its space: the caller does both in one transaction) and/or replaces its members. */
  update(teamId: string, change: { name?: string; memberIds?: readonly string[] }): void {
    this.db.transaction(() => {
      if (change.name !== undefined) this.statements.rename.run(change.name, teamId);
      if (change.memberIds !== undefined) {
        this.statements.deleteMembers.run(teamId);
        for (const userId of change.memberIds) this.statements.insertMember.run(teamId, userId);
      }
    })();
  }
}

function groupByTeam(rows: TeamMemberRow[]): Map<string, TeamMember[]> {
  const byTeam = new Map<string, TeamMember[]>();
  for (const row of rows) {
    const list = byTeam.get(row.team_id);
    if (list) list.push(toMember(row));
    else byTeam.set(row.team_id, [toMember(row)]);
  }
  return byTeam;
}

function toMember(row: TeamMemberRow): TeamMember {
  return {
    userId: row.user_id,
    displayName: row.display_name,
    // Someone who left the partnership but is still listed reads as a guest: they may do nothing.
    role: row.role ?? 'guest',
    schoolId: row.school_id,
    country: row.country,
  };
}

function toTeam(row: TeamRow, members: TeamMember[]): Team {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    name: row.name,
    spaceId: row.space_id,
    memberIds: members.map((member) => member.userId),
    members,
    archived: row.archived === 1,
  };
}
