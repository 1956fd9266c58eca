/**
 * Kopa's additions to the y-websocket wire format. Types 0–3 are y-websocket's own
 * (sync, awareness, auth, query awareness); these ride on the same connection.
 *
 * "Saved" must mean "on the server's disk", not "sent": a client sends a save check
 * with a number it chose, after the changes it wants confirmed. The server handles a
 * connection's messages in order, so when it reaches the check, everything sent before
 * it has been applied; it answers with the same number once all of that is stored.
 */
export const SYNC_MESSAGE_TYPES = {
  /** client → server: varUint token */
  saveCheck: 100,
  /** server → client: varUint token (everything sent before the check with that token is stored) */
  saved: 101,
} as const;
