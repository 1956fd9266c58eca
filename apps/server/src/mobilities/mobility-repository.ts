import type { Mobility, Traveller } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

interface MobilityRow {
  id: string;
  partnership_id: string;
  title: string;
  host_school_id: string;
  city: string;
  start_date: string;
  end_date: string;
  space_id: string;
  archived: number;
  traveller_ids: string;
  travellers: string;
}

const MOBILITY_COLUMNS = `m.id, m.partnership_id, m.title, m.host_school_id, m.city, m.start_date, m.end_date,
  s.id AS space_id, s.archived_at IS NOT NULL AS archived,
  (SELECT json_group_array(mt.user_id) FROM mobility_travellers mt WHERE mt.mobility_id = m.id) AS traveller_ids,
  (SELECT json_group_array(json_object('userId', u.id, 'displayName', u.display_name, 'role', ms.role, 'country', sc.country)
            ORDER BY sc.country, u.display_name COLLATE NOCASE)
     FROM mobility_travellers mt JOIN users u ON u.id = mt.user_id
     JOIN memberships ms ON ms.user_id = u.id AND ms.partnership_id = m.partnership_id
     LEFT JOIN schools sc ON sc.id = u.school_id
     WHERE mt.mobility_id = m.id) AS travellers`;

/** The partnership's visits and who travels. Each has exactly one space: its diary. */
export class MobilityRepository {
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      byPartnership: db.prepare<[string], MobilityRow>(
        `SELECT ${MOBILITY_COLUMNS} FROM mobilities m JOIN spaces s ON s.mobility_id = m.id
         WHERE m.partnership_id = ? ORDER BY m.start_date, m.title`,
      ),
      byId: db.prepare<[string], MobilityRow>(
        `SELECT ${MOBILITY_COLUMNS} FROM mobilities m JOIN spaces s ON s.mobility_id = m.id WHERE m.id = ?`,
      ),
      insert: db.prepare(
        `INSERT INTO mobilities (id, partnership_id, host_school_id, title, city, start_date, end_date)
         VALUES (@id, @partnershipId, @hostSchoolId, @title, @city, @startDate, @endDate)`,
      ),
      update: db.prepare(
        `UPDATE mobilities SET host_school_id = @hostSchoolId, title = @title, city = @city,
           start_date = @startDate, end_date = @endDate WHERE id = @id`,
      ),
      insertTraveller: db.prepare<[string, string]>('INSERT INTO mobility_travellers (mobility_id, user_id) VALUES (?, ?)'),
      deleteTravellers: db.prepare<[string]>('DELETE FROM mobility_travellers WHERE mobility_id = ?'),
    };
  }

  mobilitiesOf(partnershipId: string): Mobility[] {
    return this.statements.byPartnership.all(partnershipId).map(toMobility);
  }

  find(mobilityId: string): Mobility | null {
    const row = this.statements.byId.get(mobilityId);
    return row ? toMobility(row) : null;
  }

  /** Inserts the mobility and its travellers; its space is inserted by the caller in the same transaction. */
  insert(mobility: Omit<Mobility, 'spaceId' | 'archived' | 'travellers'>): void {
    this.statements.insert.run(mobility);
    this.setTravellers(mobility.id, mobility.travellerIds);
  }

  /** Changes the mobility and its travellers; renaming its diary is the caller's, in the same transaction. */
  update(mobility: Omit<Mobility, 'spaceId' | 'partnershipId' | 'archived' | 'travellers'>): void {
    this.db.transaction(() => {
      this.statements.update.run(mobility);
      this.setTravellers(mobility.id, mobility.travellerIds);
    })();
  }

  private setTravellers(mobilityId: string, travellerIds: readonly string[]): void {
    this.statements.deleteTravellers.run(mobilityId);
    for (const userId of travellerIds) this.statements.insertTraveller.run(mobilityId, userId);
  }
}

function toMobility(row: MobilityRow): Mobility {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    title: row.title,
    hostSchoolId: row.host_school_id,
    city: row.city,
    startDate: row.start_date,
    endDate: row.end_date,
    travellerIds: JSON.parse(row.traveller_ids) as string[],
    travellers: JSON.parse(row.travellers) as Traveller[],
    spaceId: row.space_id,
    archived: row.archived === 1,
  };
}
