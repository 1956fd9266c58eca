/**
 * The schema, as an append-only list: never edit a shipped migration, add one.
 * `PRAGMA user_version` records how many have run.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: people, partnerships, spaces, items, sessions, document storage */ `
  CREATE TABLE schools (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '[]'
  );

  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    school_id TEXT REFERENCES schools(id),
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
  );

  CREATE TABLE partnerships (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    reference_code TEXT,
    start_date TEXT,
    end_date TEXT,
    themes TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '[]',
    licence TEXT NOT NULL DEFAULT 'CC-BY-SA-4.0',
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'archived')),
    created_at INTEGER NOT NULL
  );

  CREATE TABLE partnership_schools (
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    school_id TEXT NOT NULL REFERENCES schools(id),
    PRIMARY KEY (partnership_id, school_id)
  );

  CREATE TABLE memberships (
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'teacher', 'pupil', 'guest')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (partnership_id, user_id)
  );
  CREATE INDEX memberships_by_user ON memberships(user_id);

  CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    name TEXT NOT NULL
  );

  CREATE TABLE team_members (
    team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
  );
  CREATE INDEX team_members_by_user ON team_members(user_id);

  CREATE TABLE spaces (
    id TEXT PRIMARY KEY,
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('partnership', 'team', 'mobility')),
    team_id TEXT REFERENCES teams(id),
    title TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    archived_at INTEGER
  );
  CREATE INDEX spaces_by_partnership ON spaces(partnership_id);

  CREATE TABLE items (
    id TEXT PRIMARY KEY,
    space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('doc', 'board', 'post')),
    title TEXT NOT NULL,
    doc_id TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    created_by TEXT REFERENCES users(id),
    created_at INTEGER NOT NULL,
    deleted_at INTEGER
  );
  CREATE INDEX items_by_space ON items(space_id, position);

  -- Only a hash of the session token is stored: a copied database opens no sessions.
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions(user_id);

  -- Document content: an append-only log of Yjs updates, folded now and then into one snapshot.
  CREATE TABLE doc_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX doc_updates_by_doc ON doc_updates(doc_id, seq);

  CREATE TABLE doc_snapshots (
    doc_id TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    upto_seq INTEGER NOT NULL
  );
  `,
  /* 2: partnership structure: admins, e-mail logins, invites, mobilities, archived and deleted items */ `
  ALTER TABLE users ADD COLUMN email TEXT;
  CREATE UNIQUE INDEX users_by_email ON users(email COLLATE NOCASE) WHERE email IS NOT NULL;
  ALTER TABLE users ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0;
  -- Guests who came through an invite link stop existing when the link expires.
  ALTER TABLE users ADD COLUMN expires_at INTEGER;

  -- Invite links are passed on by hand (no mail server), so the token is kept to show again.
  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    token TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('coordinator', 'school', 'guest')),
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    school_id TEXT REFERENCES schools(id),
    label TEXT NOT NULL DEFAULT '',
    created_by TEXT REFERENCES users(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    revoked_at INTEGER,
    uses INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX invites_by_partnership ON invites(partnership_id);

  CREATE TABLE mobilities (
    id TEXT PRIMARY KEY,
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    host_school_id TEXT NOT NULL REFERENCES schools(id),
    title TEXT NOT NULL,
    city TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL
  );
  CREATE INDEX mobilities_by_partnership ON mobilities(partnership_id, start_date);

  CREATE TABLE mobility_travellers (
    mobility_id TEXT NOT NULL REFERENCES mobilities(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (mobility_id, user_id)
  );
  CREATE INDEX mobility_travellers_by_user ON mobility_travellers(user_id);

  ALTER TABLE spaces ADD COLUMN mobility_id TEXT REFERENCES mobilities(id);
  ALTER TABLE teams ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE items ADD COLUMN archived_at INTEGER;
  ALTER TABLE items ADD COLUMN deleted_by TEXT REFERENCES users(id);
  `,
  /* 3 (partnerships & invites): which link a guest came through, so revoking the link ends them */ `
  ALTER TABLE users ADD COLUMN invite_id TEXT REFERENCES invites(id);
  `,
  /* 4 (blog): pictures, posts and their review, versions, who wrote what, comments, reactions, reports, audit log */ `
  -- A picture's bytes live in the files directory as WebP variants; this row says whose they are.
  CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    space_id TEXT REFERENCES spaces(id) ON DELETE SET NULL,
    uploaded_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    source_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    variants TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL
  );
  CREATE INDEX uploads_by_partnership ON uploads(partnership_id);

  CREATE TABLE item_versions (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('auto', 'named', 'submitted', 'published', 'restored', 'before_restore')),
    name TEXT NOT NULL DEFAULT '',
    -- The whole Yjs state at that moment (Y.encodeStateAsUpdate).
    state BLOB NOT NULL,
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    -- A restored version: the version it brought back.
    source_version_id TEXT REFERENCES item_versions(id) ON DELETE SET NULL
  );
  CREATE INDEX item_versions_by_item ON item_versions(item_id, created_at);

  CREATE TABLE posts (
    item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    language TEXT NOT NULL DEFAULT '',
    themes TEXT NOT NULL DEFAULT '[]',
    mobility_id TEXT REFERENCES mobilities(id) ON DELETE SET NULL,
    phase TEXT CHECK (phase IN ('before', 'during', 'after')),
    cover_upload_id TEXT REFERENCES uploads(id) ON DELETE SET NULL,
    cover_alt TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
      CHECK (status IN ('draft', 'submitted', 'changes_requested', 'approved', 'published')),
    submitted_version_id TEXT REFERENCES item_versions(id) ON DELETE SET NULL,
    published_version_id TEXT REFERENCES item_versions(id) ON DELETE SET NULL,
    published_at INTEGER,
    published_by TEXT REFERENCES users(id) ON DELETE SET NULL
  );

  CREATE TABLE post_reviews (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    author_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    action TEXT NOT NULL CHECK (action IN ('submit', 'comment', 'request_changes', 'approve', 'publish', 'unpublish')),
    message TEXT NOT NULL DEFAULT '',
    version_id TEXT REFERENCES item_versions(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX post_reviews_by_item ON post_reviews(item_id, created_at);

  -- The server knows which connection sent each update: Yjs client ids map to people.
  CREATE TABLE doc_authors (
    doc_id TEXT NOT NULL,
    client_id INTEGER NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (doc_id, client_id)
  );

  CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    author_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    hidden_at INTEGER,
    hidden_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    deleted_at INTEGER
  );
  CREATE INDEX comments_by_item ON comments(item_id, created_at);

  CREATE TABLE reactions (
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    emoji TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (item_id, user_id, emoji)
  );

  CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    target_type TEXT NOT NULL CHECK (target_type IN ('post', 'comment')),
    target_id TEXT NOT NULL,
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    reporter_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    resolved_at INTEGER,
    resolved_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    resolution TEXT
  );
  CREATE INDEX reports_open ON reports(partnership_id, resolved_at);

  -- Every moderation action: who, what, when, on whom. Rows are only ever added.
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    actor_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    subject_user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    detail TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL
  );
  CREATE INDEX audit_log_by_partnership ON audit_log(partnership_id, id);

  -- Full-text search over published posts (title and text), accents folded.
  CREATE VIRTUAL TABLE post_search USING fts5(item_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
  `,
  // 5: boards. A teacher can lock an item (pupils look, not change); boards keep a small picture for lists.
  `
  ALTER TABLE items ADD COLUMN locked_at INTEGER;
  ALTER TABLE items ADD COLUMN locked_by TEXT REFERENCES users(id) ON DELETE SET NULL;

  -- Rendered from the board's own content (never from anything a client sends), refreshed after work on it.
  CREATE TABLE board_thumbnails (
    item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    image BLOB NOT NULL,
    rendered_at INTEGER NOT NULL
  );
  `,
  // 6: live sessions. Everything a running lesson holds is stored, so a restart of the server loses none of it.
  `
  CREATE TABLE live_sessions (
    id TEXT PRIMARY KEY,
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    started_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    summary_item_id TEXT REFERENCES items(id) ON DELETE SET NULL,
    -- JSON: the item everyone was brought to (LiveSpotlight), and the timer (LiveTimer).
    spotlight TEXT,
    timer TEXT,
    slow_mode_seconds INTEGER NOT NULL DEFAULT 0,
    keep_transcript INTEGER NOT NULL DEFAULT 1
  );
  CREATE UNIQUE INDEX live_sessions_one_running_per_space ON live_sessions(space_id) WHERE ended_at IS NULL;
  CREATE INDEX live_sessions_running ON live_sessions(partnership_id) WHERE ended_at IS NULL;

  -- Everyone who joined (attendance), the hosts among them, raised hands and muted pupils.
  CREATE TABLE live_participants (
    session_id TEXT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    host INTEGER NOT NULL DEFAULT 0,
    muted INTEGER NOT NULL DEFAULT 0,
    hand_raised_at INTEGER,
    first_joined_at INTEGER,
    last_seen_at INTEGER,
    PRIMARY KEY (session_id, user_id)
  );

  CREATE TABLE live_locks (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
    scope TEXT NOT NULL CHECK (scope IN ('everyone', 'team', 'pupil')),
    target_id TEXT,
    item_id TEXT REFERENCES items(id) ON DELETE CASCADE,
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX live_locks_once ON live_locks(session_id, scope, IFNULL(target_id, ''), IFNULL(item_id, ''));

  CREATE TABLE live_polls (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
    client_id TEXT,
    question TEXT NOT NULL,
    -- JSON: [{ id, label }]
    options TEXT NOT NULL,
    multiple INTEGER NOT NULL,
    anonymous INTEGER NOT NULL,
    open INTEGER NOT NULL DEFAULT 1,
    revealed INTEGER NOT NULL DEFAULT 0,
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX live_polls_by_client ON live_polls(session_id, created_by, client_id) WHERE client_id IS NOT NULL;

  CREATE TABLE live_votes (
    poll_id TEXT NOT NULL REFERENCES live_polls(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- JSON: the option ids chosen
    option_ids TEXT NOT NULL,
    voted_at INTEGER NOT NULL,
    PRIMARY KEY (poll_id, user_id)
  );

  CREATE TABLE live_chat (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
    client_id TEXT,
    user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    deleted_at INTEGER,
    deleted_by TEXT REFERENCES users(id) ON DELETE SET NULL
  );
  CREATE INDEX live_chat_by_session ON live_chat(session_id, created_at);
  CREATE UNIQUE INDEX live_chat_by_client ON live_chat(session_id, user_id, client_id) WHERE client_id IS NOT NULL;

  -- Yjs clients whose updates were refused (sent while read-only: locked, archived, a right gone). Their later
  -- content builds on what was refused, so it is refused too, however much later it comes.
  CREATE TABLE doc_refused_clients (
    doc_id TEXT NOT NULL,
    client_id INTEGER NOT NULL,
    from_clock INTEGER NOT NULL,
    refused_at INTEGER NOT NULL,
    PRIMARY KEY (doc_id, client_id)
  );

  -- Every change to an item while a session covered it, after the item's state when the first one came: what a
  -- host's "take back this pupil's changes" replays (deleted text included). Dropped when the session ends.
  CREATE TABLE live_item_bases (
    session_id TEXT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    state BLOB NOT NULL,
    taken_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, item_id)
  );
  CREATE TABLE live_edits (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    at INTEGER NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX live_edits_by_item ON live_edits(session_id, item_id, seq);

  -- Who changed which item while a session ran: supervision, and the versions kept when it ends.
  CREATE TABLE live_activity (
    session_id TEXT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    changes INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, item_id, user_id)
  );
  `,
  // 7: exports. A job per export someone started (a backup first; sites and Markdown later): how far it got, and
  // the file in <data>/exports/<id>.zip to download until it expires. Not part of any backup.
  `
  CREATE TABLE export_jobs (
    id TEXT PRIMARY KEY,
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    space_id TEXT REFERENCES spaces(id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    requested_by TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    file_name TEXT,
    size INTEGER,
    created_at INTEGER NOT NULL,
    finished_at INTEGER,
    expires_at INTEGER
  );
  CREATE INDEX export_jobs_by_requester ON export_jobs(requested_by, created_at);
  `,
  // 8: publishing to the world. A partnership's public showcase (off until its coordinator turns it on, at a stable
  // address), what a teacher approved for the public (a frozen version of the item), each pupil's consent as set by
  // their teacher, who a picture shows, and the inventory of good practices with its full-text index.
  `
  ALTER TABLE partnerships ADD COLUMN showcase_enabled INTEGER NOT NULL DEFAULT 0;
  -- The stable public address /showcase/<slug>: chosen once, kept when the title changes.
  ALTER TABLE partnerships ADD COLUMN showcase_slug TEXT;
  CREATE UNIQUE INDEX partnerships_by_showcase_slug ON partnerships(showcase_slug) WHERE showcase_slug IS NOT NULL;

  -- An item a teacher approved for the public: the showcase shows this version, not the live draft, under the
  -- title (and, for a post, the cover picture) it had when approved: a later rename does not go public unapproved.
  CREATE TABLE public_items (
    item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    version_id TEXT REFERENCES item_versions(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    cover_upload_id TEXT REFERENCES uploads(id) ON DELETE SET NULL,
    cover_alt TEXT NOT NULL DEFAULT '',
    approved_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    approved_at INTEGER NOT NULL
  );

  -- Set by the pupil's teacher (from the consent forms the school keeps). No row: no consent.
  CREATE TABLE pupil_consents (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    photo INTEGER NOT NULL DEFAULT 0 CHECK (photo IN (0, 1)),
    publication INTEGER NOT NULL DEFAULT 0 CHECK (publication IN (0, 1)),
    set_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    set_at INTEGER NOT NULL
  );

  -- Pictures marked as showing a pupil: one without photo consent keeps its item off the showcase.
  CREATE TABLE upload_people (
    upload_id TEXT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    marked_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    marked_at INTEGER NOT NULL,
    PRIMARY KEY (upload_id, user_id)
  );
  CREATE INDEX upload_people_by_user ON upload_people(user_id);

  -- The inventory of good practices. Lists (JSON arrays): themes, countries (ISO 3166 alpha-2), languages (BCP 47),
  -- links (to items of the partnership or outside URLs).
  CREATE TABLE practices (
    id TEXT PRIMARY KEY,
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    target_group TEXT NOT NULL DEFAULT '',
    outcomes TEXT NOT NULL DEFAULT '',
    themes TEXT NOT NULL DEFAULT '[]',
    countries TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '[]',
    links TEXT NOT NULL DEFAULT '[]',
    public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX practices_by_partnership ON practices(partnership_id);
  -- Accents folded (remove_diacritics 2), as the blog search does: "gijon" finds "Gijón".
  CREATE VIRTUAL TABLE practices_fts USING fts5(
    title, summary, target_group, outcomes, themes,
    content='practices', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER practices_fts_insert AFTER INSERT ON practices BEGIN
    INSERT INTO practices_fts(rowid, title, summary, target_group, outcomes, themes)
    VALUES (new.rowid, new.title, new.summary, new.target_group, new.outcomes, new.themes);
  END;
  CREATE TRIGGER practices_fts_delete AFTER DELETE ON practices BEGIN
    INSERT INTO practices_fts(practices_fts, rowid, title, summary, target_group, outcomes, themes)
    VALUES ('delete', old.rowid, old.title, old.summary, old.target_group, old.outcomes, old.themes);
  END;
  CREATE TRIGGER practices_fts_update AFTER UPDATE ON practices BEGIN
    INSERT INTO practices_fts(practices_fts, rowid, title, summary, target_group, outcomes, themes)
    VALUES ('delete', old.rowid, old.title, old.summary, old.target_group, old.outcomes, old.themes);
    INSERT INTO practices_fts(rowid, title, summary, target_group, outcomes, themes)
    VALUES (new.rowid, new.title, new.summary, new.target_group, new.outcomes, new.themes);
  END;
  `,

  /* 9 (languages): each person's language, the language of documents and boards, parallel versions of posts,
     and each partnership's glossary */ `
  -- The interface language a person chose (a Kopa locale such as 'lv'); null until they choose one.
  ALTER TABLE users ADD COLUMN locale TEXT;
  -- The language a document or board is written in (BCP 47, '' when not said). Posts keep theirs in posts.language.
  ALTER TABLE items ADD COLUMN language TEXT NOT NULL DEFAULT '';

  -- Parallel texts: a post's version in another language, a Y.Doc of its own under doc_id, edited by the same
  -- people who may edit the post. published_state freezes that version when the post is published: the blog
  -- and the showcase show it, not the live draft.
  CREATE TABLE post_translations (
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    doc_id TEXT NOT NULL UNIQUE,
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    published_state BLOB,
    PRIMARY KEY (item_id, language)
  );

  -- The glossary: a term is one meaning, written in each working language (glossary_translations), with an
  -- optional picture. Pupils and teachers propose; a teacher approves, and only approved terms are highlighted.
  CREATE TABLE glossary_terms (
    id TEXT PRIMARY KEY,
    partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
    upload_id TEXT REFERENCES uploads(id) ON DELETE SET NULL,
    picture_alt TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved')),
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    approved_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX glossary_terms_by_partnership ON glossary_terms(partnership_id, status);
  CREATE TABLE glossary_translations (
    term_id TEXT NOT NULL REFERENCES glossary_terms(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (term_id, language)
  );
  `,
];
