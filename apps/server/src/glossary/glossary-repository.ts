import type { GlossaryStatus, GlossaryTranslations } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

/** A term as stored: `glossary_terms` and its `glossary_translations` (migration 9). */
export interface GlossaryTermRecord {
  id: string;
  partnershipId: string;
  translations: GlossaryTranslations;
  uploadId: string | null;
  pictureAlt: string;
  status: GlossaryStatus;
  createdBy: string | null;
  approvedBy: string | null;
  createdAt: number;
  updatedAt: number;
}

/** What a writer sets; the rest (id, partnership, who, when) the routes keep. */
export type GlossaryTermFields = Pick<GlossaryTermRecord, 'translations' | 'uploadId' | 'pictureAlt'>;

interface TermRow {
  id: string;
  partnership_id: string;
  upload_id: string | null;
  picture_alt: string;
  status: GlossaryStatus;
  created_by: string | null;
  approved_by: string | null;
  created_at: number;
  updated_at: number;
}

interface TranslationRow {
  term_id: string;
  language: string;
  text: string;
}

/** The partnership's glossary in SQLite: one row per term, one per term and language. */
export class GlossaryRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO glossary_terms (id, partnership_id, upload_id, picture_alt, status, created_by, approved_by, created_at, updated_at)
         VALUES (@id, @partnershipId, @uploadId, @pictureAlt, @status, @createdBy, @approvedBy, @createdAt, @updatedAt)`,
      ),
      update: db.prepare(`UPDATE glossary_terms SET upload_id = @uploadId, picture_alt = @pictureAlt, updated_at = @updatedAt WHERE id = @id`),
      approve: db.prepare(`UPDATE glossary_terms SET status = 'approved', approved_by = @approvedBy, updated_at = @updatedAt WHERE id = @id`),
      remove: db.prepare<[string]>('DELETE FROM glossary_terms WHERE id = ?'),
      insertTranslation: db.prepare<[string, string, string]>('INSERT INTO glossary_translations (term_id, language, text) VALUES (?, ?, ?)'),
      removeTranslations: db.prepare<[string]>('DELETE FROM glossary_translations WHERE term_id = ?'),
      byId: db.prepare<[string], TermRow>('SELECT * FROM glossary_terms WHERE id = ?'),
      translationsOfTerm: db.prepare<[string], TranslationRow>('SELECT term_id, language, text FROM glossary_translations WHERE term_id = ?'),
      ofPartnership: db.prepare<[string], TermRow>('SELECT * FROM glossary_terms WHERE partnership_id = ? ORDER BY created_at, id'),
      translationsOfPartnership: db.prepare<[string], TranslationRow>(
        `SELECT t.term_id, t.language, t.text FROM glossary_translations t
         JOIN glossary_terms g ON g.id = t.term_id WHERE g.partnership_id = ?`,
      ),
      countOf: db.prepare<[string], { count: number }>('SELECT COUNT(*) AS count FROM glossary_terms WHERE partnership_id = ?'),
    };
  }

  /** Every term of the partnership (proposed and approved), oldest first. */
  termsOf(partnershipId: string): GlossaryTermRecord[] {
    const words = new Map<string, GlossaryTranslations>();
    for (const row of this.statements.translationsOfPartnership.all(partnershipId)) {
      const translations = words.get(row.term_id) ?? {};
      translations[row.language] = row.text;
      words.set(row.term_id, translations);
    }
    return this.statements.ofPartnership.all(partnershipId).map((row) => toRecord(row, words.get(row.id) ?? {}));
  }

  /** The approved terms: what is highlighted, exported and shown in public. */
  approvedTermsOf(partnershipId: string): GlossaryTermRecord[] {
    return this.termsOf(partnershipId).filter((term) => term.status === 'approved');
  }

  find(termId: string): GlossaryTermRecord | null {
    const row = this.statements.byId.get(termId);
    if (!row) return null;
    const translations: GlossaryTranslations = {};
    for (const each of this.statements.translationsOfTerm.all(termId)) translations[each.language] = each.text;
    return toRecord(row, translations);
  }

  countOf(partnershipId: string): number {
    return this.statements.countOf.get(partnershipId)?.count ?? 0;
  }

  /** Call inside a transaction (the term and its words land together). */
  insert(record: GlossaryTermRecord): void {
    const { translations, ...term } = record;
    this.statements.insert.run(term);
    this.writeTranslations(record.id, translations);
  }

  /** Call inside a transaction: the words are replaced as a whole. */
  update(termId: string, fields: GlossaryTermFields, updatedAt: number): void {
    this.statements.update.run({ id: termId, uploadId: fields.uploadId, pictureAlt: fields.pictureAlt, updatedAt });
    this.statements.removeTranslations.run(termId);
    this.writeTranslations(termId, fields.translations);
  }

  approve(termId: string, approvedBy: string, updatedAt: number): void {
    this.statements.approve.run({ id: termId, approvedBy, updatedAt });
  }

  /** The term and its words (ON DELETE CASCADE); its picture stays among the partnership's uploads. */
  remove(termId: string): void {
    this.statements.remove.run(termId);
  }

  private writeTranslations(termId: string, translations: GlossaryTranslations): void {
    for (const [language, text] of Object.entries(translations)) this.statements.insertTranslation.run(termId, language, text);
  }
}

function toRecord(row: TermRow, translations: GlossaryTranslations): GlossaryTermRecord {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    translations,
    uploadId: row.upload_id,
    pictureAlt: row.picture_alt,
    status: row.status,
    createdBy: row.created_by,
    approvedBy: row.approved_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
