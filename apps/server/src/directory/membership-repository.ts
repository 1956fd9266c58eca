import type { Member, MemberSummary, Role } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

interface MembershipRow {
  partnership_id: string;
  role: Role;
  school_id: string | null;
  active: number;
  team_ids: string;
  mobility_ids: string;
}

interface MemberRow {
  user_id: string;
  username: string;
  display_name: string;
  role: Role;
  school_id: string | null;
  country: string | null;
  active: number;
}

/** Who belongs to which partnership, in which role, teams and mobilities: the `Member` that `can()` judges. */
export class MembershipRepository {
  private readonly membersOfUser;
  private readonly membersOfPartnershipStatement;
  private readonly insertMembership;

  constructor(db: SqliteDatabase) {
    this.membersOfUser = db.prepare<[string], MembershipRow>(
      `SELECT m.partnership_id, m.role, u.school_id, u.active,
              (SELECT json_group_array(t.id) FROM team_members tm JOIN teams t ON t.id = tm.team_id
                WHERE tm.user_id = m.user_id AND t.partnership_id = m.partnership_id) AS team_ids,
              (SELECT json_group_array(mo.id) FROM mobility_travellers mt JOIN mobilities mo ON mo.id = mt.mobility_id
                WHERE mt.user_id = m.user_id AND mo.partnership_id = m.partnership_id) AS mobility_ids
       FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.user_id = ? AND (u.expires_at IS NULL OR u.expires_at > unixepoch() * 1000)
       ORDER BY m.created_at, m.partnership_id`,
    );
    this.membersOfPartnershipStatement = db.prepare<[string], MemberRow>(
      `SELECT u.id AS user_id, u.username, u.display_name, m.role, u.school_id, s.country, u.active
       FROM memberships m JOIN users u ON u.id = m.user_id LEFT JOIN schools s ON s.id = u.school_id
       WHERE m.partnership_id = ? ORDER BY s.country, u.display_name COLLATE NOCASE`,
    );
    this.insertMembership = db.prepare<[string, string, Role, number]>(
      'INSERT INTO memberships (partnership_id, user_id, role, created_at) VALUES (?, ?, ?, ?)',
    );
  }

  /** The user's memberships, oldest first. */
  membersOf(userId: string): Member[] {
    return this.membersOfUser.all(userId).map((row) => ({
      userId,
      partnershipId: row.partnership_id,
      role: row.role,
      schoolId: row.school_id,
      teamIds: JSON.parse(row.team_ids) as string[],
      mobilityIds: JSON.parse(row.mobility_ids) as string[],
      active: row.active === 1,
    }));
  }

  memberIn(userId: string, partnershipId: string): Member | null {
    return this.membersOf(userId).find((member) => member.partnershipId === partnershipId) ?? null;
  }

  /** Everyone in a partnership, by country then name. */
  membersOfPartnership(partnershipId: string): MemberSummary[] {
    return this.membersOfPartnershipStatement.all(partnershipId).map((row) => ({
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      schoolId: row.school_id,
      country: row.country,
      active: row.active === 1,
    }));
  }

  addMember(partnershipId: string, userId: string, role: Role): void {
    this.insertMembership.run(partnershipId, userId, role, Date.now());
  }
}
