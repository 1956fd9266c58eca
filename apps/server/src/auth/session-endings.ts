import type { SessionStore } from './session-store.js';

/**
 * Ending a session is two things that must go together: forgetting it in the store
 * and closing every connection opened with it (sync WebSockets, Socket.IO). Logout,
 * password resets, switching an account off and revoking a guest link all come here.
 */
export class SessionEndings {
  constructor(
    private readonly sessions: SessionStore,
    private readonly closeConnections: (sessionId: string) => void,
  ) {}

  end(sessionId: string): void {
    this.sessions.delete(sessionId);
    this.closeConnections(sessionId);
  }

  endAllOf(userId: string): void {
    for (const sessionId of this.sessions.deleteAllOf(userId)) this.closeConnections(sessionId);
  }
}
