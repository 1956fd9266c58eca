import type { Member, Role } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

interface MembershipRow {
  partnership_id: string;
  role: Role;
  school_id: string | null;
  active: number;
  team_ids: string | null;
}

/** Who belongs to which partnership, in which role and teams: the `Member` that `can()` judges. */
export class MembershipRepository {
  private readonly membersOfUser;
  private readonly insertMembership;
  private readonly insertTeam;
  private readonly insertTeamMember;

  constructor(db: SqliteDatabase) {
    this.membersOfUser = db.prepare<[string], MembershipRow>(
      `SELECT m.partnership_id, m.role, u.school_id, u.active,
              (SELECT json_group_array(t.id) FROM team_members tm JOIN teams t ON t.id = tm.team_id
                WHERE tm.user_id = m.user_id AND t.partnership_id = m.partnership_id) AS team_ids
       FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.user_id = ? ORDER BY m.created_at, m.partnership_id`,
    );
    this.insertMembership = db.prepare<[string, string, Role, number]>(
      'INSERT INTO memberships (partnership_id, user_id, role, created_at) VALUES (?, ?, ?, ?)',
    );
    this.insertTeam = db.prepare<[string, string, string]>('INSERT INTO teams (id, partnership_id, name) VALUES (?, ?, ?)');
    this.insertTeamMember = db.prepare<[string, string]>('INSERT INTO team_members (team_id, user_id) VALUES (?, ?)');
  }

  /** The user's memberships, oldest first. */
  membersOf(userId: string): Member[] {
    return this.membersOfUser.all(userId).map((row) => ({
      userId,
      partnershipId: row.partnership_id,
      role: row.role,
      schoolId: row.school_id,
      teamIds: row.team_ids ? (JSON.parse(row.team_ids) as string[]) : [],
      active: row.active === 1,
    }));
  }

  memberIn(userId: string, partnershipId: string): Member | null {
    return this.membersOf(userId).find((member) => member.partnershipId === partnershipId) ?? null;
  }

  addMember(partnershipId: string, userId: string, role: Role): void {
    this.insertMembership.run(partnershipId, userId, role, Date.now());
  }

  addTeam(id: string, partnershipId: string, name: string, memberIds: readonly string[]): void {
    this.insertTeam.run(id, partnershipId, name);
    for (const userId of memberIds) this.insertTeamMember.run(id, userId);
  }
}
