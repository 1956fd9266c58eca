/** Bounds shared by the server (enforces) and the clients (avoid hitting them). */
export const LIMITS = {
  /** A single y-websocket message; bigger ones close the connection with 1009. */
  maxSyncMessageBytes: 2 * 1024 * 1024,
  /** One client's awareness state (cursor, name) serialised as JSON. */
  maxAwarenessStateBytes: 4 * 1024,
  usernameMaxLength: 64,
  passwordMaxLength: 256,
  itemTitleMaxLength: 120,
  teamNameMaxLength: 60,
  /** Teams one team-builder result may create at once. */
  teamsAtOnce: 50,
  /** One uploaded picture, before resizing. */
  maxUploadBytes: 10 * 1024 * 1024,
  altTextMaxLength: 300,
  commentMaxLength: 2000,
  reviewMessageMaxLength: 2000,
  boardColumnTitleMaxLength: 120,
  boardColumnsAtStart: 8,
} as const;
