import type { IncomingMessage } from 'node:http';
import type { UserProfile, UserRepository } from '../directory/user-repository.js';
import { readSessionToken } from './session-cookie.js';
import type { Session, SessionStore } from './session-store.js';

export interface Authenticated {
  session: Session;
  user: UserProfile;
}

/**
 * Resolves the session cookie of any request (HTTP, WebSocket upgrade, Socket.IO
 * handshake) to an active user. One path, so the three channels agree.
 */
export class Authenticator {
  constructor(
    private readonly sessions: SessionStore,
    private readonly users: UserRepository,
  ) {}

  authenticate(request: Pick<IncomingMessage, 'headers'>): Authenticated | null {
    const token = readSessionToken(request.headers.cookie);
    const session = token ? this.sessions.find(token) : null;
    const user = session ? this.users.findProfile(session.userId) : null;
    if (!session || !user || !user.active) return null;
    return { session, user };
  }
}
