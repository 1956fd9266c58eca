import type { ItemType, Role } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

/** A partnership's showcase switch and its stable address. */
export interface ShowcaseRecord {
  partnershipId: string;
  enabled: boolean;
  slug: string | null;
}

/** An approval: the frozen version the public sees, under the title (and cover) it had then. */
export interface PublicItemRecord {
  itemId: string;
  versionId: string | null;
  title: string;
  coverUploadId: string | null;
  coverAlt: string;
  approvedBy: string | null;
  approvedAt: number;
}

/** An approval with what deciding whether it is shown needs: the item as it is now. */
export interface ApprovedItemRecord extends PublicItemRecord {
  type: ItemType;
  docId: string;
  deleted: boolean;
  /** Posts: the version published in the partnership's blog now (null once unpublished). */
  publishedVersionId: string | null;
  /** A post's language and themes (chosen among the partnership's own); a document's or board's language. */
  language: string | null;
  themes: string[];
}

export interface ConsentRecord {
  userId: string;
  photo: boolean;
  publication: boolean;
  setBy: string | null;
  setAt: number | null;
}

/** A person as the public may know them: display name, country, role, and whether they may be named. */
export interface PublicPersonRecord {
  userId: string;
  displayName: string;
  country: string | null;
  /** Their role in the partnership asked about (null: not a member of it). */
  role: Role | null;
  publication: boolean;
}

/** A pupil marked on a picture. */
export interface MarkedPersonRecord {
  uploadId: string;
  userId: string;
  displayName: string;
  country: string | null;
  photo: boolean;
}

interface ApprovedRow {
  item_id: string;
  version_id: string | null;
  title: string;
  cover_upload_id: string | null;
  cover_alt: string;
  approved_by: string | null;
  approved_at: number;
  type: ItemType;
  doc_id: string;
  deleted_at: number | null;
  published_version_id: string | null;
  language: string | null;
  themes: string | null;
}

const PUBLIC_COLUMNS = `pi.item_id, pi.version_id, pi.title, pi.cover_upload_id, pi.cover_alt, pi.approved_by, pi.approved_at`;
const APPROVED_SELECT = `SELECT ${PUBLIC_COLUMNS}, i.type, i.doc_id, i.deleted_at, p.published_version_id,
  CASE WHEN i.type = 'post' THEN p.language ELSE NULLIF(i.language, '') END AS language, p.themes
  FROM public_items pi JOIN items i ON i.id = pi.item_id JOIN spaces s ON s.id = i.space_id LEFT JOIN posts p ON p.item_id = i.id`;

/** The tables of migration 8 that the showcase owns: the switch, approvals, consents, who pictures show. */
export class ShowcaseRepository {
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      showcase: db.prepare<[string], { id: string; showcase_enabled: number; showcase_slug: string | null }>(
        'SELECT id, showcase_enabled, showcase_slug FROM partnerships WHERE id = ?',
      ),
      bySlug: db.prepare<[string], { id: string; showcase_enabled: number; showcase_slug: string | null }>(
        'SELECT id, showcase_enabled, showcase_slug FROM partnerships WHERE showcase_slug = ?',
      ),
      setShowcase: db.prepare<[number, string | null, string]>('UPDATE partnerships SET showcase_enabled = ?, showcase_slug = ? WHERE id = ?'),
      slugTaken: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM partnerships WHERE showcase_slug = ?'),
      approval: db.prepare<[string], PublicItemRecordRow>(`SELECT ${PUBLIC_COLUMNS} FROM public_items pi WHERE pi.item_id = ?`),
      approve: db.prepare(
        `INSERT INTO public_items (item_id, version_id, title, cover_upload_id, cover_alt, approved_by, approved_at)
         VALUES (@itemId, @versionId, @title, @coverUploadId, @coverAlt, @approvedBy, @approvedAt)
         ON CONFLICT (item_id) DO UPDATE SET version_id = excluded.version_id, title = excluded.title,
           cover_upload_id = excluded.cover_upload_id, cover_alt = excluded.cover_alt,
           approved_by = excluded.approved_by, approved_at = excluded.approved_at`,
      ),
      withdraw: db.prepare<[string]>('DELETE FROM public_items WHERE item_id = ?'),
      approvedOf: db.prepare<[string], ApprovedRow>(`${APPROVED_SELECT} WHERE s.partnership_id = ? ORDER BY pi.approved_at DESC, pi.item_id`),
      approvedItem: db.prepare<[string], ApprovedRow>(`${APPROVED_SELECT} WHERE pi.item_id = ?`),
      consent: db.prepare<[string], ConsentRow>('SELECT user_id, photo, publication, set_by, set_at FROM pupil_consents WHERE user_id = ?'),
      setConsent: db.prepare(
        `INSERT INTO pupil_consents (user_id, photo, publication, set_by, set_at) VALUES (@userId, @photo, @publication, @setBy, @setAt)
         ON CONFLICT (user_id) DO UPDATE SET photo = excluded.photo, publication = excluded.publication,
           set_by = excluded.set_by, set_at = excluded.set_at`,
      ),
      schoolConsents: db.prepare<[string, string], ConsentRow>(
        `SELECT u.id AS user_id, COALESCE(c.photo, 0) AS photo, COALESCE(c.publication, 0) AS publication, c.set_by, c.set_at
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.partnership_id = ? AND m.role = 'pupil'
         LEFT JOIN pupil_consents c ON c.user_id = u.id
         WHERE u.school_id = ? ORDER BY u.display_name, u.id`,
      ),
      person: db.prepare<[string, string], PersonRow>(
        `SELECT u.id, u.display_name, s.country, m.role, COALESCE(c.publication, 0) AS publication
         FROM users u LEFT JOIN schools s ON s.id = u.school_id
         LEFT JOIN memberships m ON m.user_id = u.id AND m.partnership_id = ?
         LEFT JOIN pupil_consents c ON c.user_id = u.id
         WHERE u.id = ?`,
      ),
      marked: db.prepare<[string], MarkedRow>(
        `SELECT up.upload_id, u.id AS user_id, u.display_name, s.country, COALESCE(c.photo, 0) AS photo
         FROM upload_people up JOIN users u ON u.id = up.user_id LEFT JOIN schools s ON s.id = u.school_id
         LEFT JOIN pupil_consents c ON c.user_id = u.id
         WHERE up.upload_id = ? ORDER BY up.marked_at, u.id`,
      ),
      mark: db.prepare<[string, string, string | null, number]>(
        'INSERT OR IGNORE INTO upload_people (upload_id, user_id, marked_by, marked_at) VALUES (?, ?, ?, ?)',
      ),
      unmark: db.prepare<[string, string]>('DELETE FROM upload_people WHERE upload_id = ? AND user_id = ?'),
      withoutPhotoConsent: db.prepare<[string], { upload_id: string }>(
        `SELECT DISTINCT up.upload_id FROM upload_people up LEFT JOIN pupil_consents c ON c.user_id = up.user_id
         WHERE up.upload_id IN (SELECT value FROM json_each(?)) AND COALESCE(c.photo, 0) = 0`,
      ),
    };
  }

  showcaseOf(partnershipId: string): ShowcaseRecord | null {
    const row = this.statements.showcase.get(partnershipId);
    return row ? { partnershipId: row.id, enabled: row.showcase_enabled === 1, slug: row.showcase_slug } : null;
  }

  /** The partnership whose showcase lives at this address (on or off). */
  bySlug(slug: string): ShowcaseRecord | null {
    const row = this.statements.bySlug.get(slug);
    return row ? { partnershipId: row.id, enabled: row.showcase_enabled === 1, slug: row.showcase_slug } : null;
  }

  setShowcase(partnershipId: string, enabled: boolean, slug: string | null): void {
    this.statements.setShowcase.run(enabled ? 1 : 0, slug, partnershipId);
  }

  isSlugTaken(slug: string): boolean {
    return this.statements.slugTaken.get(slug)!.n > 0;
  }

  approval(itemId: string): PublicItemRecord | null {
    const row = this.statements.approval.get(itemId);
    return row ? toPublicItem(row) : null;
  }

  approve(record: PublicItemRecord): void {
    this.statements.approve.run(record);
  }

  withdraw(itemId: string): boolean {
    return this.statements.withdraw.run(itemId).changes > 0;
  }

  /** Every approval in the partnership, newest first, deleted items included (the caller leaves them out). */
  approvedItemsOf(partnershipId: string): ApprovedItemRecord[] {
    return this.statements.approvedOf.all(partnershipId).map(toApproved);
  }

  approvedItem(itemId: string): ApprovedItemRecord | null {
    const row = this.statements.approvedItem.get(itemId);
    return row ? toApproved(row) : null;
  }

  /** No row: no consent (both flags off). */
  consentOf(userId: string): ConsentRecord {
    const row = this.statements.consent.get(userId);
    return row ? toConsent(row) : { userId, photo: false, publication: false, setBy: null, setAt: null };
  }

  setConsent(consent: ConsentRecord & { setAt: number }): void {
    this.statements.setConsent.run({ ...consent, photo: consent.photo ? 1 : 0, publication: consent.publication ? 1 : 0 });
  }

  /** The consents of a school's pupils in a partnership, in name order (pupils never set have both off). */
  schoolConsents(partnershipId: string, schoolId: string): ConsentRecord[] {
    return this.statements.schoolConsents.all(partnershipId, schoolId).map(toConsent);
  }

  person(partnershipId: string, userId: string): PublicPersonRecord | null {
    const row = this.statements.person.get(partnershipId, userId);
    return row
      ? { userId: row.id, displayName: row.display_name, country: row.country, role: row.role, publication: row.publication === 1 }
      : null;
  }

  /** The pupils marked on a picture, in the order they were marked. */
  markedOn(uploadId: string): MarkedPersonRecord[] {
    return this.statements.marked.all(uploadId).map((row) => ({
      uploadId: row.upload_id,
      userId: row.user_id,
      displayName: row.display_name,
      country: row.country,
      photo: row.photo === 1,
    }));
  }

  mark(uploadId: string, userId: string, markedBy: string | null): boolean {
    return this.statements.mark.run(uploadId, userId, markedBy, Date.now()).changes > 0;
  }

  unmark(uploadId: string, userId: string): boolean {
    return this.statements.unmark.run(uploadId, userId).changes > 0;
  }

  /** Among these pictures, those that show at least one pupil without photo consent. */
  picturesWithoutPhotoConsent(uploadIds: Iterable<string>): Set<string> {
    const ids = [...new Set(uploadIds)];
    if (ids.length === 0) return new Set();
    return new Set(this.statements.withoutPhotoConsent.all(JSON.stringify(ids)).map((row) => row.upload_id));
  }

  /** Runs `work` in one transaction (a change and its audit record land together). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}

type PublicItemRecordRow = Pick<ApprovedRow, 'item_id' | 'version_id' | 'title' | 'cover_upload_id' | 'cover_alt' | 'approved_by' | 'approved_at'>;

interface ConsentRow {
  user_id: string;
  photo: number;
  publication: number;
  set_by: string | null;
  set_at: number | null;
}

interface PersonRow {
  id: string;
  display_name: string;
  country: string | null;
  role: Role | null;
  publication: number;
}

interface MarkedRow {
  upload_id: string;
  user_id: string;
  display_name: string;
  country: string | null;
  photo: number;
}

function toPublicItem(row: PublicItemRecordRow): PublicItemRecord {
  return {
    itemId: row.item_id,
    versionId: row.version_id,
    title: row.title,
    coverUploadId: row.cover_upload_id,
    coverAlt: row.cover_alt,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
  };
}

function toApproved(row: ApprovedRow): ApprovedItemRecord {
  return {
    ...toPublicItem(row),
    type: row.type,
    docId: row.doc_id,
    deleted: row.deleted_at !== null,
    publishedVersionId: row.published_version_id,
    language: row.language,
    themes: row.themes ? (JSON.parse(row.themes) as string[]) : [],
  };
}

function toConsent(row: ConsentRow): ConsentRecord {
  return { userId: row.user_id, photo: row.photo === 1, publication: row.publication === 1, setBy: row.set_by, setAt: row.set_at };
}
