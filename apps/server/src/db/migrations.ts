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
];
