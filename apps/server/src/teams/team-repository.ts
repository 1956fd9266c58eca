import type { Team } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

interface TeamRow {
  id: string;
  partnership_id: string;
  name: string;
  space_id: string;
  member_ids: string;
}

const TEAM_COLUMNS = `t.id, t.partnership_id, t.name, s.id AS space_id,
  (SELECT json_group_array(tm.user_id) FROM team_members tm WHERE tm.team_id = t.id) AS member_ids`;

/** Teams and who is in them. Each team has exactly one space (created with it). */
export class TeamRepository {
  private readonly byPartnership;
  private readonly byId;
  private readonly insertTeam;
  private readonly insertMember;
  private readonly deleteMembers;
  private readonly rename;

  constructor(private readonly db: SqliteDatabase) {
    this.byPartnership = db.prepare<[string], TeamRow>(
      `SELECT ${TEAM_COLUMNS} FROM teams t JOIN spaces s ON s.team_id = t.id
       WHERE t.partnership_id = ? ORDER BY t.created_at, t.name`,
    );
    this.byId = db.prepare<[string], TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams t JOIN spaces s ON s.team_id = t.id WHERE t.id = ?`);
    this.insertTeam = db.prepare<[string, string, string, number]>(
      'INSERT INTO teams (id, partnership_id, name, created_at) VALUES (?, ?, ?, ?)',
    );
    this.insertMember = db.prepare<[string, string]>('INSERT INTO team_members (team_id, user_id) VALUES (?, ?)');
    this.deleteMembers = db.prepare<[string]>('DELETE FROM team_members WHERE team_id = ?');
    this.rename = db.prepare<[string, string]>('UPDATE teams SET name = ? WHERE id = ?');
  }

  teamsOf(partnershipId: string): Team[] {
    return this.byPartnership.all(partnershipId).map(toTeam);
  }

  find(teamId: string): Team | null {
    const row = this.byId.get(teamId);
    return row ? toTeam(row) : null;
  }

  /** Inserts the team row; its space is inserted by the caller in the same transaction. */
  insert(team: { id: string; partnershipId: string; name: string; memberIds: readonly string[] }): void {
    this.insertTeam.run(team.id, team.partnershipId, team.name, Date.now());
    for (const userId of team.memberIds) this.insertMember.run(team.id, userId);
  }

  update(teamId: string, change: { name?: string; memberIds?: readonly string[] }): void {
    this.db.transaction(() => {
      if (change.name !== undefined) this.rename.run(change.name, teamId);
      if (change.memberIds !== undefined) {
        this.deleteMembers.run(teamId);
        for (const userId of change.memberIds) this.insertMember.run(teamId, userId);
      }
    })();
  }
}

function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    name: row.name,
    spaceId: row.space_id,
    memberIds: JSON.parse(row.member_ids) as string[],
  };
}
