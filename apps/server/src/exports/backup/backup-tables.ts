import { z } from 'zod';

/**
 * What a backup holds of the database, table by table: every row that belongs to the
 * partnership, as the table has it (column names as in SQLite), in `tables/<name>.json`.
 * Restoring inserts the same rows, ids and times included, into an empty Kopa.
 *
 * Each table of the schema is either here or in EXCLUDED_TABLES with the reason; a test
 * (backup-tables.test.ts) fails when a migration adds a table or column nobody decided about.
 * Older backups must stay restorable: a column added later gets a `.default()` here (the
 * migration's default), and a table added later is empty when an older backup lacks it.
 */

/** Ids Kopa made (UUIDs, docIds): safe in a path inside the zip and on disk. */
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not an id');
const docId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'is not a document id');
/** Upload ids name folders under files/: exactly the UUIDs the upload store accepts. */
const uploadId = z.string().regex(/^[0-9a-f-]{36}$/, 'is not a picture id');
const int = z.number().int();
const time = z.number().int().min(0);
const flag = z.union([z.literal(0), z.literal(1)]);
const text = z.string();
/** A TEXT column holding JSON (themes, languages, options…): it must parse. */
const jsonText = (shape: z.ZodType = z.unknown()) =>
  z.string().refine((value) => {
    try {
      return shape.safeParse(JSON.parse(value)).success;
    } catch {
      return false;
    }
  }, 'is not the JSON it should be');
const stringList = jsonText(z.array(z.string()));
/** Where a BLOB column's bytes are in the zip: its own entry, named from the row (see `blob`). */
const entryPath = z.string().min(1).max(300);

export interface BlobColumn {
  column: string;
  /** The entry holding the column's bytes: the only path a row may name. */
  path(row: Record<string, unknown>): string;
  kind: 'yjs' | 'webp';
  /**
   * Read together with the rows (live-session trails vanish when a session ends), or by key
   * while the zip is written (versions and thumbnails never change once written).
   */
  readWithRows: boolean;
  /** Columns that find the row again, to read the bytes by key or to restore them. */
  keys: readonly string[];
  /** The column may be NULL (no entry then, and NULL after a restore). */
  nullable?: boolean;
}

export interface BackupTable {
  name: string;
  /** Picks the partnership's rows: `SELECT <columns> FROM <name> WHERE <where>`, with @p its id. */
  where: string;
  /** One row, strictly: a column Kopa does not know makes the backup foreign. */
  row: z.ZodObject;
  /** Columns that must hold the partnership's own id. */
  partnershipColumn?: string;
  /**
   * Nullable columns naming a person. People outside the partnership (the instance
   * administrator who made the coordinator's invite) are not in its backup: these are emptied.
   */
  personColumns?: readonly string[];
  blob?: BlobColumn;
}

const ITEMS_OF_P = 'SELECT i.id FROM items i JOIN spaces s ON s.id = i.space_id WHERE s.partnership_id = @p';
// Every document of the partnership: its items' own, and its posts' versions in other languages.
const DOCS_OF_P = `SELECT i.doc_id FROM items i JOIN spaces s ON s.id = i.space_id WHERE s.partnership_id = @p
  UNION ALL SELECT doc_id FROM post_translations WHERE item_id IN (${ITEMS_OF_P})`;
const SESSIONS_OF_P = 'SELECT id FROM live_sessions WHERE partnership_id = @p';

/** In insertion order (foreign keys are checked once everything is in, so cycles are fine). */
export const BACKUP_TABLES: readonly BackupTable[] = [
  {
    name: 'partnerships',
    where: 'id = @p',
    partnershipColumn: 'id',
    row: z.strictObject({
      id,
      title: text,
      reference_code: text.nullable(),
      start_date: text.nullable(),
      end_date: text.nullable(),
      themes: stringList,
      languages: stringList,
      licence: text,
      state: z.enum(['active', 'archived']),
      created_at: time,
      // Its public showcase, on or off, at the same address once restored.
      showcase_enabled: flag,
      showcase_slug: text.max(200).nullable(),
    }),
  },
  {
    // The partnership's schools, and any other school one of its people, visits or invites names.
    name: 'schools',
    where: `id IN (SELECT school_id FROM partnership_schools WHERE partnership_id = @p)
      OR id IN (SELECT u.school_id FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.partnership_id = @p)
      OR id IN (SELECT host_school_id FROM mobilities WHERE partnership_id = @p)
      OR id IN (SELECT school_id FROM invites WHERE partnership_id = @p)`,
    row: z.strictObject({ id, name: text, city: text, country: text, languages: stringList }),
  },
  {
    name: 'partnership_schools',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    row: z.strictObject({ partnership_id: id, school_id: id }),
  },
  {
    // Everyone in the partnership, with their argon2id password hash so they log in again after a restore
    // (sessions are never kept). Nobody is an instance administrator in a backup: make one with the CLI.
    name: 'users',
    where: 'id IN (SELECT user_id FROM memberships WHERE partnership_id = @p)',
    row: z.strictObject({
      id,
      username: text.min(1).max(200),
      password_hash: text.min(1).max(1000),
      display_name: text,
      school_id: id.nullable(),
      active: flag,
      created_at: time,
      email: text.nullable(),
      is_admin: z.literal(0, 'must be 0: a backup never makes an administrator'),
      expires_at: time.nullable(),
      invite_id: id.nullable(),
      // Columns added after the first backups: an older backup's rows lack them and take the default.
      locale: z.string().regex(/^[a-z]{2}$/, 'is not a language code').nullable().default(null),
    }),
  },
  {
    name: 'memberships',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    row: z.strictObject({ partnership_id: id, user_id: id, role: z.enum(['coordinator', 'teacher', 'pupil', 'guest']), created_at: time }),
  },
  {
    // Invite links, tokens included: guests stay tied to the link they came through, and links still open
    // keep working at the restored address (revoke them there if the backup left your hands).
    name: 'invites',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    personColumns: ['created_by'],
    row: z.strictObject({
      id,
      token: text.min(1).max(200),
      kind: z.enum(['coordinator', 'school', 'guest']),
      partnership_id: id,
      school_id: id.nullable(),
      label: text,
      created_by: id.nullable(),
      created_at: time,
      expires_at: time.nullable(),
      revoked_at: time.nullable(),
      uses: int.min(0),
    }),
  },
  {
    name: 'teams',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    row: z.strictObject({ id, partnership_id: id, name: text, created_at: time }),
  },
  {
    name: 'team_members',
    where: 'team_id IN (SELECT id FROM teams WHERE partnership_id = @p)',
    row: z.strictObject({ team_id: id, user_id: id }),
  },
  {
    name: 'mobilities',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    row: z.strictObject({ id, partnership_id: id, host_school_id: id, title: text, city: text, start_date: text, end_date: text }),
  },
  {
    name: 'mobility_travellers',
    where: 'mobility_id IN (SELECT id FROM mobilities WHERE partnership_id = @p)',
    row: z.strictObject({ mobility_id: id, user_id: id }),
  },
  {
    name: 'spaces',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    row: z.strictObject({
      id,
      partnership_id: id,
      kind: z.enum(['partnership', 'team', 'mobility']),
      team_id: id.nullable(),
      title: text,
      position: int,
      archived_at: time.nullable(),
      mobility_id: id.nullable(),
    }),
  },
  {
    // Every item, archived and deleted ones (in the bin) too. Their content is docs/<docId>.yjs.
    name: 'items',
    where: 'space_id IN (SELECT id FROM spaces WHERE partnership_id = @p)',
    personColumns: ['created_by', 'deleted_by', 'locked_by'],
    row: z.strictObject({
      id,
      space_id: id,
      type: z.enum(['doc', 'board', 'post']),
      title: text,
      doc_id: docId,
      position: int,
      created_by: id.nullable(),
      created_at: time,
      deleted_at: time.nullable(),
      archived_at: time.nullable(),
      deleted_by: id.nullable(),
      locked_at: time.nullable(),
      locked_by: id.nullable(),
      language: z.string().max(35).default(''),
    }),
  },
  {
    // The pictures' rows; their bytes are files/<id>/<width>.webp, one per variant.
    name: 'uploads',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    personColumns: ['uploaded_by'],
    row: z.strictObject({
      id: uploadId,
      partnership_id: id,
      space_id: id.nullable(),
      uploaded_by: id.nullable(),
      source_type: text,
      width: int.min(1),
      height: int.min(1),
      variants: jsonText(z.array(z.number().int().min(1).max(100_000)).max(20)),
      created_at: time,
    }),
  },
  {
    // Every version's whole Yjs state, as versions/<id>.yjs.
    name: 'item_versions',
    where: `item_id IN (${ITEMS_OF_P})`,
    personColumns: ['created_by'],
    blob: { column: 'state', path: (row) => `versions/${String(row.id)}.yjs`, kind: 'yjs', readWithRows: false, keys: ['id'] },
    row: z.strictObject({
      id,
      item_id: id,
      kind: z.enum(['auto', 'named', 'submitted', 'published', 'restored', 'before_restore']),
      name: text,
      state: entryPath,
      created_by: id.nullable(),
      created_at: time,
      source_version_id: id.nullable(),
    }),
  },
  {
    name: 'posts',
    where: `item_id IN (${ITEMS_OF_P})`,
    personColumns: ['published_by'],
    row: z.strictObject({
      item_id: id,
      language: text,
      themes: stringList,
      mobility_id: id.nullable(),
      phase: z.enum(['before', 'during', 'after']).nullable(),
      cover_upload_id: uploadId.nullable(),
      cover_alt: text,
      status: z.enum(['draft', 'submitted', 'changes_requested', 'approved', 'published']),
      submitted_version_id: id.nullable(),
      published_version_id: id.nullable(),
      published_at: time.nullable(),
      published_by: id.nullable(),
    }),
  },
  {
    // Each post's versions in other languages: their content is docs/<docId>.yjs like an item's, and what
    // publishing froze of each (published_state) is translations/<itemId>/<language>.yjs, absent when nothing is.
    name: 'post_translations',
    where: `item_id IN (${ITEMS_OF_P})`,
    personColumns: ['created_by'],
    blob: {
      column: 'published_state',
      path: (row) => `translations/${String(row.item_id)}/${String(row.language)}.yjs`,
      kind: 'yjs',
      readWithRows: false,
      keys: ['item_id', 'language'],
      nullable: true,
    },
    row: z.strictObject({
      item_id: id,
      // A language tag: safe in a path (letters, digits, hyphens).
      language: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'is not a language tag').max(35),
      doc_id: docId,
      created_by: id.nullable(),
      created_at: time,
      published_state: entryPath.nullable(),
    }),
  },
  {
    name: 'post_reviews',
    where: `item_id IN (${ITEMS_OF_P})`,
    personColumns: ['author_id'],
    row: z.strictObject({
      id,
      item_id: id,
      author_id: id.nullable(),
      action: z.enum(['submit', 'comment', 'request_changes', 'approve', 'publish', 'unpublish']),
      message: text,
      version_id: id.nullable(),
      created_at: time,
    }),
  },
  {
    // Which Yjs client ids are whose: credits and "who wrote what" survive the restore.
    name: 'doc_authors',
    where: `doc_id IN (${DOCS_OF_P})`,
    row: z.strictObject({ doc_id: docId, client_id: int.min(0), user_id: id }),
  },
  {
    name: 'comments',
    where: `item_id IN (${ITEMS_OF_P})`,
    personColumns: ['author_id', 'hidden_by'],
    row: z.strictObject({
      id,
      item_id: id,
      author_id: id.nullable(),
      body: text,
      created_at: time,
      hidden_at: time.nullable(),
      hidden_by: id.nullable(),
      deleted_at: time.nullable(),
    }),
  },
  {
    name: 'reactions',
    where: `item_id IN (${ITEMS_OF_P})`,
    row: z.strictObject({ item_id: id, user_id: id, emoji: text.min(1).max(16), created_at: time }),
  },
  {
    name: 'reports',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    personColumns: ['reporter_id', 'resolved_by'],
    row: z.strictObject({
      id,
      partnership_id: id,
      target_type: z.enum(['post', 'comment']),
      target_id: id,
      item_id: id,
      reporter_id: id.nullable(),
      reason: text,
      created_at: time,
      resolved_at: time.nullable(),
      resolved_by: id.nullable(),
      resolution: text.nullable(),
    }),
  },
  {
    name: 'audit_log',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    personColumns: ['actor_id', 'subject_user_id'],
    row: z.strictObject({
      id: int.min(1),
      partnership_id: id,
      actor_id: id.nullable(),
      action: text,
      target_type: text,
      target_id: text,
      subject_user_id: id.nullable(),
      detail: jsonText(),
      created_at: time,
    }),
  },
  {
    // The blog's search index (published title and text): kept as it is rather than rebuilt.
    name: 'post_search',
    where: `item_id IN (${ITEMS_OF_P})`,
    row: z.strictObject({ item_id: id, title: text, body: text }),
  },
  {
    // A board's thumbnail, thumbnails/<itemId>.webp: drawn from the board, kept so lists look the same at once.
    name: 'board_thumbnails',
    where: `item_id IN (${ITEMS_OF_P})`,
    blob: { column: 'image', path: (row) => `thumbnails/${String(row.item_id)}.webp`, kind: 'webp', readWithRows: false, keys: ['item_id'] },
    row: z.strictObject({ item_id: id, image: entryPath, rendered_at: time }),
  },
  {
    // Live lessons, ended (their summaries are items) and running ones: a running lesson goes on after a restore.
    name: 'live_sessions',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    personColumns: ['started_by'],
    row: z.strictObject({
      id,
      partnership_id: id,
      space_id: id,
      title: text,
      started_by: id.nullable(),
      started_at: time,
      ended_at: time.nullable(),
      summary_item_id: id.nullable(),
      spotlight: jsonText().nullable(),
      timer: jsonText().nullable(),
      slow_mode_seconds: int.min(0),
      keep_transcript: flag,
    }),
  },
  {
    name: 'live_participants',
    where: `session_id IN (${SESSIONS_OF_P})`,
    row: z.strictObject({
      session_id: id,
      user_id: id,
      host: flag,
      muted: flag,
      hand_raised_at: time.nullable(),
      first_joined_at: time.nullable(),
      last_seen_at: time.nullable(),
    }),
  },
  {
    name: 'live_locks',
    where: `session_id IN (${SESSIONS_OF_P})`,
    personColumns: ['created_by'],
    row: z.strictObject({
      id,
      session_id: id,
      scope: z.enum(['everyone', 'team', 'pupil']),
      target_id: id.nullable(),
      item_id: id.nullable(),
      created_by: id.nullable(),
      created_at: time,
    }),
  },
  {
    name: 'live_polls',
    where: `session_id IN (${SESSIONS_OF_P})`,
    personColumns: ['created_by'],
    row: z.strictObject({
      id,
      session_id: id,
      client_id: text.max(100).nullable(),
      question: text,
      options: jsonText(z.array(z.object({ id: z.string(), label: z.string() }))),
      multiple: flag,
      anonymous: flag,
      open: flag,
      revealed: flag,
      created_by: id.nullable(),
      created_at: time,
    }),
  },
  {
    name: 'live_votes',
    where: `poll_id IN (SELECT id FROM live_polls WHERE session_id IN (${SESSIONS_OF_P}))`,
    row: z.strictObject({ poll_id: id, user_id: id, option_ids: stringList, voted_at: time }),
  },
  {
    name: 'live_chat',
    where: `session_id IN (${SESSIONS_OF_P})`,
    personColumns: ['user_id', 'deleted_by'],
    row: z.strictObject({
      id,
      session_id: id,
      client_id: text.max(100).nullable(),
      user_id: id.nullable(),
      body: text,
      created_at: time,
      deleted_at: time.nullable(),
      deleted_by: id.nullable(),
    }),
  },
  {
    name: 'live_activity',
    where: `session_id IN (${SESSIONS_OF_P})`,
    row: z.strictObject({ session_id: id, item_id: id, user_id: id, changes: int.min(0), last_at: time }),
  },
  {
    // What a running lesson's "take back one pupil's changes" replays: each item's state before its first
    // change (live/bases/<session>/<item>.yjs) and every change since (live/edits/<seq>.yjs).
    name: 'live_item_bases',
    where: `session_id IN (${SESSIONS_OF_P})`,
    blob: {
      column: 'state',
      path: (row) => `live/bases/${String(row.session_id)}/${String(row.item_id)}.yjs`,
      kind: 'yjs',
      readWithRows: true,
      keys: ['session_id', 'item_id'],
    },
    row: z.strictObject({ session_id: id, item_id: id, state: entryPath, taken_at: time }),
  },
  {
    name: 'live_edits',
    where: `session_id IN (${SESSIONS_OF_P})`,
    personColumns: ['user_id'],
    blob: { column: 'data', path: (row) => `live/edits/${String(row.seq)}.yjs`, kind: 'yjs', readWithRows: true, keys: ['seq'] },
    row: z.strictObject({ seq: int.min(1), session_id: id, item_id: id, user_id: id.nullable(), at: time, data: entryPath }),
  },
  {
    // What teachers approved for the public showcase (the approved version, title and cover).
    name: 'public_items',
    where: `item_id IN (${ITEMS_OF_P})`,
    personColumns: ['approved_by'],
    row: z.strictObject({
      item_id: id,
      version_id: id.nullable(),
      title: text,
      cover_upload_id: uploadId.nullable(),
      cover_alt: text,
      approved_by: id.nullable(),
      approved_at: time,
    }),
  },
  {
    // Each pupil's photo and publication consent, as their teacher set it: a restore must not make anyone public.
    name: 'pupil_consents',
    where: 'user_id IN (SELECT user_id FROM memberships WHERE partnership_id = @p)',
    personColumns: ['set_by'],
    row: z.strictObject({ user_id: id, photo: flag, publication: flag, set_by: id.nullable(), set_at: time }),
  },
  {
    // Who a picture shows (so one without consent stays off the showcase).
    name: 'upload_people',
    where: 'upload_id IN (SELECT id FROM uploads WHERE partnership_id = @p)',
    personColumns: ['marked_by'],
    row: z.strictObject({ upload_id: uploadId, user_id: id, marked_by: id.nullable(), marked_at: time }),
  },
  {
    // The partnership's good practices; their search index (practices_fts) is rebuilt by its triggers as rows go in.
    name: 'practices',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    personColumns: ['created_by'],
    row: z.strictObject({
      id,
      partnership_id: id,
      title: text,
      summary: text,
      target_group: text,
      outcomes: text,
      themes: stringList,
      countries: stringList,
      languages: stringList,
      links: jsonText(z.array(z.unknown())),
      public: flag,
      created_by: id.nullable(),
      created_at: time,
      updated_at: time,
    }),
  },
  {
    // The partnership's glossary: each term (proposed or approved, with its picture and who proposed and approved it)
    // and its words in each language. A backup without them (older than the glossary) restores an empty glossary.
    name: 'glossary_terms',
    where: 'partnership_id = @p',
    partnershipColumn: 'partnership_id',
    personColumns: ['created_by', 'approved_by'],
    row: z.strictObject({
      id,
      partnership_id: id,
      upload_id: uploadId.nullable(),
      picture_alt: text,
      status: z.enum(['proposed', 'approved']),
      created_by: id.nullable(),
      approved_by: id.nullable(),
      created_at: time,
      updated_at: time,
    }),
  },
  {
    name: 'glossary_translations',
    where: 'term_id IN (SELECT id FROM glossary_terms WHERE partnership_id = @p)',
    row: z.strictObject({ term_id: id, language: z.string().min(1).max(35), text: text.min(1).max(200) }),
  },
  {
    // Yjs clients whose updates were refused while read-only: their later changes stay refused after a restore.
    name: 'doc_refused_clients',
    where: `doc_id IN (${DOCS_OF_P})`,
    row: z.strictObject({ doc_id: docId, client_id: int.min(0), from_clock: int.min(0), refused_at: time }),
  },
];

/** Tables of the schema a backup leaves out, and why. */
export const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  sessions: 'logins are never kept: everyone logs in again with their password',
  doc_updates: 'document content is docs/<docId>.yjs, one whole Yjs state per item',
  doc_snapshots: 'document content is docs/<docId>.yjs, one whole Yjs state per item',
  export_jobs: 'exports of this instance, with files only it has',
  practices_fts: 'the practices’ search index: its triggers fill it again as the practices are restored',
  sqlite_sequence: 'SQLite keeps it itself',
};

/** SQLite's own tables, and the tables FTS5 keeps behind a full-text index (`<index>_data`, `_idx`, …). */
export const isInternalTable = (name: string, fullTextIndexes: readonly string[]): boolean =>
  name.startsWith('sqlite_') || fullTextIndexes.some((index) => /^_(data|idx|content|docsize|config)$/.test(name.slice(index.length)) && name.startsWith(index));

export const columnsOf = (table: BackupTable): string[] => Object.keys(table.row.shape);

export const backupTable = (name: string): BackupTable | undefined => BACKUP_TABLES.find((table) => table.name === name);
