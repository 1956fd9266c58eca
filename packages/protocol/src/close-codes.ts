/**
 * WebSocket close codes the sync server uses. 1000–1015 are RFC 6455's;
 * 4000–4999 are ours. Clients read them to tell the user why.
 */
export const CLOSE_CODES = {
  normal: 1000,
  goingAway: 1001,
  /** The message could not be decoded or applied. */
  unsupportedData: 1003,
  policyViolation: 1008,
  messageTooBig: 1009,
  internalError: 1011,
  tryAgainLater: 1013,
  /** The session ended (logout, expiry, deactivation). */
  sessionEnded: 4401,
  /** The user lost access to the document. */
  accessRevoked: 4403,
  /**
   * The client sent edits the server refused: made while it could not write (a lock, a lost right,
   * offline while its rights changed), or building on such edits. It must drop its copy and load
   * the document again (a fresh Yjs client), keeping the text for the user to copy.
   */
  refusedEdits: 4409,
} as const;
export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];
