import { randomUUID } from 'node:crypto';
import type { LiveChatMessage } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

interface ChatRow {
  id: string;
  user_id: string | null;
  display_name: string | null;
  country: string | null;
  host: number | null;
  body: string;
  created_at: number;
}

const CHAT_SELECT = `SELECT c.id, c.user_id, u.display_name, s.country, lp.host, c.body, c.created_at
  FROM live_chat c LEFT JOIN users u ON u.id = c.user_id LEFT JOIN schools s ON s.id = u.school_id
  LEFT JOIN live_participants lp ON lp.session_id = c.session_id AND lp.user_id = c.user_id`;

/** A live session's chat: messages (deleted ones are kept, marked, and never shown). */
export class LiveChatRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      chat: db.prepare<[string, number], ChatRow>(
        `SELECT * FROM (${CHAT_SELECT} WHERE c.session_id = ? AND c.deleted_at IS NULL ORDER BY c.created_at DESC, c.id DESC LIMIT ?)
         ORDER BY created_at, id`,
      ),
      chatMessage: db.prepare<[string, string], ChatRow>(`${CHAT_SELECT} WHERE c.session_id = ? AND c.id = ?`),
      chatByClient: db.prepare<[string, string, string], { id: string }>(
        'SELECT id FROM live_chat WHERE session_id = ? AND user_id = ? AND client_id = ?',
      ),
      lastMessageAt: db.prepare<[string, string], { at: number | null }>(
        'SELECT MAX(created_at) AS at FROM live_chat WHERE session_id = ? AND user_id = ?',
      ),
      insertChat: db.prepare(
        `INSERT INTO live_chat (id, session_id, client_id, user_id, body, created_at)
         VALUES (@id, @sessionId, @clientId, @userId, @body, @createdAt)`,
      ),
      deleteChat: db.prepare<[number, string, string, string]>(
        'UPDATE live_chat SET deleted_at = ?, deleted_by = ? WHERE session_id = ? AND id = ? AND deleted_at IS NULL',
      ),
    };
  }

  chat(sessionId: string, limit: number): LiveChatMessage[] {
    return this.statements.chat.all(sessionId, limit).map(toChatMessage);
  }

  lastMessageAt(sessionId: string, userId: string): number | null {
    return this.statements.lastMessageAt.get(sessionId, userId)?.at ?? null;
  }

  /** Adds the message, or returns the one this client already sent with the same client id. */
  addMessage(sessionId: string, userId: string, body: string, clientId: string | undefined): { message: LiveChatMessage; added: boolean } {
    const existing = clientId ? this.statements.chatByClient.get(sessionId, userId, clientId) : undefined;
    const id = existing?.id ?? randomUUID();
    if (!existing) this.statements.insertChat.run({ id, sessionId, clientId: clientId ?? null, userId, body, createdAt: Date.now() });
    return { message: toChatMessage(this.statements.chatMessage.get(sessionId, id)!), added: !existing };
  }

  findMessage(sessionId: string, messageId: string): LiveChatMessage | null {
    const row = this.statements.chatMessage.get(sessionId, messageId);
    return row ? toChatMessage(row) : null;
  }

  deleteMessage(sessionId: string, messageId: string, deletedBy: string): boolean {
    return this.statements.deleteChat.run(Date.now(), deletedBy, sessionId, messageId).changes > 0;
  }
}

function toChatMessage(row: ChatRow): LiveChatMessage {
  return {
    id: row.id,
    userId: row.user_id ?? '',
    displayName: row.display_name ?? '',
    country: row.country,
    host: row.host === 1,
    body: row.body,
    at: row.created_at,
  };
}
