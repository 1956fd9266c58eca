import type { Licence, Partnership, School } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

export type SchoolRecord = School;

/** What is stored of a partnership: the API's shape without the caller-specific parts. */
export type PartnershipRecord = Omit<Partnership, 'role' | 'schools' | 'canManage' | 'canModerate' | 'canExport'>;

interface PartnershipRow {
  id: string;
  title: string;
  reference_code: string | null;
  start_date: string | null;
  end_date: string | null;
  themes: string;
  languages: string;
  licence: Licence;
  state: 'active' | 'archived';
}

interface SchoolRow {
  id: string;
  name: string;
  city: string;
  country: string;
  languages: string;
}

/** Partnerships and the schools taking part in them. */
export class PartnershipRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insertSchool: db.prepare(
        'INSERT INTO schools (id, name, city, country, languages) VALUES (@id, @name, @city, @country, @languages)',
      ),
      insertPartnership: db.prepare(
        `INSERT INTO partnerships (id, title, reference_code, start_date, end_date, themes, languages, licence, state, created_at)
         VALUES (@id, @title, @referenceCode, @startDate, @endDate, @themes, @languages, @licence, @state, @createdAt)`,
      ),
      updatePartnership: db.prepare(
        `UPDATE partnerships SET title = @title, reference_code = @referenceCode, start_date = @startDate,
           end_date = @endDate, themes = @themes, languages = @languages, licence = @licence, state = @state
         WHERE id = @id`,
      ),
      linkSchool: db.prepare<[string, string]>(
        'INSERT OR IGNORE INTO partnership_schools (partnership_id, school_id) VALUES (?, ?)',
      ),
      byId: db.prepare<[string], PartnershipRow>('SELECT * FROM partnerships WHERE id = ?'),
      all: db.prepare<[], PartnershipRow>('SELECT * FROM partnerships ORDER BY created_at'),
      schoolsOf: db.prepare<[string], SchoolRow>(
        `SELECT s.* FROM schools s JOIN partnership_schools ps ON ps.school_id = s.id
         WHERE ps.partnership_id = ? ORDER BY s.country, s.name`,
      ),
      schoolById: db.prepare<[string], SchoolRow>('SELECT * FROM schools WHERE id = ?'),
    };
  }

  insertSchool(school: SchoolRecord): void {
    this.statements.insertSchool.run({ ...school, languages: JSON.stringify(school.languages) });
  }

  insertPartnership(partnership: PartnershipRecord, schoolIds: readonly string[]): void {
    this.statements.insertPartnership.run({ ...toRow(partnership), createdAt: Date.now() });
    for (const schoolId of schoolIds) this.linkSchool(partnership.id, schoolId);
  }

  update(partnership: PartnershipRecord): void {
    this.statements.updatePartnership.run(toRow(partnership));
  }

  linkSchool(partnershipId: string, schoolId: string): void {
    this.statements.linkSchool.run(partnershipId, schoolId);
  }

  find(partnershipId: string): PartnershipRecord | null {
    const row = this.statements.byId.get(partnershipId);
    return row ? fromRow(row) : null;
  }

  all(): PartnershipRecord[] {
    return this.statements.all.all().map(fromRow);
  }

  schoolsOf(partnershipId: string): SchoolRecord[] {
    return this.statements.schoolsOf.all(partnershipId).map(toSchool);
  }

  findSchool(schoolId: string): SchoolRecord | null {
    const row = this.statements.schoolById.get(schoolId);
    return row ? toSchool(row) : null;
  }
}

function toRow(partnership: PartnershipRecord) {
  return { ...partnership, themes: JSON.stringify(partnership.themes), languages: JSON.stringify(partnership.languages) };
}

function fromRow(row: PartnershipRow): PartnershipRecord {
  return {
    id: row.id,
    title: row.title,
    referenceCode: row.reference_code,
    startDate: row.start_date,
    endDate: row.end_date,
    themes: JSON.parse(row.themes) as string[],
    languages: JSON.parse(row.languages) as string[],
    licence: row.licence,
    state: row.state,
  };
}

function toSchool(row: SchoolRow): SchoolRecord {
  return { id: row.id, name: row.name, city: row.city, country: row.country, languages: JSON.parse(row.languages) as string[] };
}
