import { randomUUID } from 'node:crypto';
import type { SqliteDatabase } from '../db/open-database.js';

export interface PollRecord {
  id: string;
  question: string;
  options: { id: string; label: string }[];
  multiple: boolean;
  anonymous: boolean;
  open: boolean;
  revealed: boolean;
  createdAt: number;
  /** userId → option ids */
  votes: Map<string, string[]>;
}

/** A live session's quick polls and the votes on them. */
export class LivePollRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      polls: db.prepare<[string], { id: string; question: string; options: string; multiple: number; anonymous: number; open: number; revealed: number; created_at: number }>(
        'SELECT id, question, options, multiple, anonymous, open, revealed, created_at FROM live_polls WHERE session_id = ? ORDER BY created_at, id',
      ),
      votes: db.prepare<[string], { poll_id: string; user_id: string; option_ids: string }>(
        'SELECT v.poll_id, v.user_id, v.option_ids FROM live_votes v JOIN live_polls p ON p.id = v.poll_id WHERE p.session_id = ? ORDER BY v.voted_at',
      ),
      pollByClient: db.prepare<[string, string, string], { id: string }>(
        'SELECT id FROM live_polls WHERE session_id = ? AND created_by = ? AND client_id = ?',
      ),
      insertPoll: db.prepare(
        `INSERT INTO live_polls (id, session_id, client_id, question, options, multiple, anonymous, created_by, created_at)
         VALUES (@id, @sessionId, @clientId, @question, @options, @multiple, @anonymous, @createdBy, @createdAt)`,
      ),
      closePoll: db.prepare<[string, string]>('UPDATE live_polls SET open = 0 WHERE session_id = ? AND id = ?'),
      closeAllPolls: db.prepare<[string]>('UPDATE live_polls SET open = 0 WHERE session_id = ?'),
      revealPoll: db.prepare<[string, string]>('UPDATE live_polls SET revealed = 1 WHERE session_id = ? AND id = ?'),
      vote: db.prepare<[string, string, string, number]>(
        `INSERT INTO live_votes (poll_id, user_id, option_ids, voted_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (poll_id, user_id) DO UPDATE SET option_ids = excluded.option_ids`,
      ),
    };
  }

  polls(sessionId: string): PollRecord[] {
    const votes = new Map<string, Map<string, string[]>>();
    for (const vote of this.statements.votes.all(sessionId)) {
      const byUser = votes.get(vote.poll_id) ?? new Map<string, string[]>();
      byUser.set(vote.user_id, JSON.parse(vote.option_ids) as string[]);
      votes.set(vote.poll_id, byUser);
    }
    return this.statements.polls.all(sessionId).map((row) => ({
      id: row.id,
      question: row.question,
      options: JSON.parse(row.options) as { id: string; label: string }[],
      multiple: row.multiple === 1,
      anonymous: row.anonymous === 1,
      open: row.open === 1,
      revealed: row.revealed === 1,
      createdAt: row.created_at,
      votes: votes.get(row.id) ?? new Map(),
    }));
  }

  /** Creates the poll, or returns the one this client already created with the same client id. */
  addPoll(
    sessionId: string,
    poll: { clientId?: string; question: string; options: readonly string[]; multiple: boolean; anonymous: boolean },
    createdBy: string,
  ): { id: string; added: boolean } {
    if (poll.clientId) {
      const existing = this.statements.pollByClient.get(sessionId, createdBy, poll.clientId);
      if (existing) return { id: existing.id, added: false };
    }
    const id = randomUUID();
    const options = poll.options.map((label, index) => ({ id: `o${index + 1}`, label }));
    this.statements.insertPoll.run({
      id,
      sessionId,
      clientId: poll.clientId ?? null,
      question: poll.question,
      options: JSON.stringify(options),
      multiple: poll.multiple ? 1 : 0,
      anonymous: poll.anonymous ? 1 : 0,
      createdBy,
      createdAt: Date.now(),
    });
    return { id, added: true };
  }

  closePoll(sessionId: string, pollId: string): void {
    this.statements.closePoll.run(sessionId, pollId);
  }

  revealPoll(sessionId: string, pollId: string): void {
    this.statements.revealPoll.run(sessionId, pollId);
  }

  /** Voting again replaces one's earlier choice. */
  vote(pollId: string, userId: string, optionIds: readonly string[]): void {
    this.statements.vote.run(pollId, userId, JSON.stringify(optionIds), Date.now());
  }

  /** The session ended: no more votes. */
  closeAll(sessionId: string): void {
    this.statements.closeAllPolls.run(sessionId);
  }
}
