import type { SqliteDatabase } from '../db/open-database.js';

export interface SchoolRecord {
  id: string;
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  languages: string[];
}

export interface PartnershipRecord {
  id: string;
  title: string;
  referenceCode: string | null;
  startDate: string | null;
  endDate: string | null;
  themes: string[];
  languages: string[];
  licence: string;
  state: 'active' | 'archived';
}

export class PartnershipRepository {
  private readonly insertSchoolStatement;
  private readonly insertPartnershipStatement;
  private readonly linkSchool;

  constructor(db: SqliteDatabase) {
    this.insertSchoolStatement = db.prepare(
      'INSERT INTO schools (id, name, city, country, languages) VALUES (@id, @name, @city, @country, @languages)',
    );
    this.insertPartnershipStatement = db.prepare(
      `INSERT INTO partnerships (id, title, reference_code, start_date, end_date, themes, languages, licence, state, created_at)
       VALUES (@id, @title, @referenceCode, @startDate, @endDate, @themes, @languages, @licence, @state, @createdAt)`,
    );
    this.linkSchool = db.prepare<[string, string]>(
      'INSERT INTO partnership_schools (partnership_id, school_id) VALUES (?, ?)',
    );
  }

  insertSchool(school: SchoolRecord): void {
    this.insertSchoolStatement.run({ ...school, languages: JSON.stringify(school.languages) });
  }

  insertPartnership(partnership: PartnershipRecord, schoolIds: readonly string[]): void {
    this.insertPartnershipStatement.run({
      ...partnership,
      themes: JSON.stringify(partnership.themes),
      languages: JSON.stringify(partnership.languages),
      createdAt: Date.now(),
    });
    for (const schoolId of schoolIds) this.linkSchool.run(partnership.id, schoolId);
  }
}
