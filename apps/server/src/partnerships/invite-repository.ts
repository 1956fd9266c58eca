import type { Invite, InviteKind } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';
import { invitePath } from './invite-tokens.js';

export interface InviteRecord {
  id: string;
  token: string;
  kind: InviteKind;
  partnershipId: string;
  schoolId: string | null;
  label: string;
  createdBy: string | null;
  createdAt: number;
  /** Epoch ms; null for links that last until revoked. */
  expiresAt: number | null;
  revokedAt: number | null;
  uses: number;
}

interface InviteRow {
  id: string;
  token: string;
  kind: InviteKind;
  partnership_id: string;
  school_id: string | null;
  label: string;
  created_by: string | null;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  uses: number;
}

/** Why a link cannot be used, or null when it can. */
export type InviteProblem = 'revoked' | 'expired' | 'used';

/**
 * Invite links. The token is kept in clear (unlike session tokens): links are
 * passed on by hand, so their makers must be able to see them again.
 */
export class InviteRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO invites (id, token, kind, partnership_id, school_id, label, created_by, created_at, expires_at, uses)
         VALUES (@id, @token, @kind, @partnershipId, @schoolId, @label, @createdBy, @createdAt, @expiresAt, 0)`,
      ),
      byToken: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE token = ?'),
      byId: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE id = ?'),
      ofPartnership: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE partnership_id = ? ORDER BY created_at DESC, id'),
      revoke: db.prepare<[number, string]>('UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      countUse: db.prepare<[string]>('UPDATE invites SET uses = uses + 1 WHERE id = ?'),
      markArrival: db.prepare<[string, string]>('UPDATE users SET invite_id = ? WHERE id = ?'),
      guestsOf: db.prepare<[string, number], { id: string }>(
        'SELECT id FROM users WHERE invite_id = ? AND (expires_at IS NULL OR expires_at > ?)',
      ),
      endGuests: db.prepare<[number, string, number]>(
        'UPDATE users SET expires_at = ? WHERE invite_id = ? AND (expires_at IS NULL OR expires_at > ?)',
      ),
    };
  }

  insert(invite: Omit<InviteRecord, 'revokedAt' | 'uses'>): void {
    this.statements.insert.run(invite);
  }

  findByToken(token: string): InviteRecord | null {
    const row = this.statements.byToken.get(token);
    return row ? fromRow(row) : null;
  }

  find(inviteId: string): InviteRecord | null {
    const row = this.statements.byId.get(inviteId);
    return row ? fromRow(row) : null;
  }

  /** Newest first. */
  invitesOf(partnershipId: string): InviteRecord[] {
    return this.statements.ofPartnership.all(partnershipId).map(fromRow);
  }

  revoke(inviteId: string, now = Date.now()): void {
    this.statements.revoke.run(now, inviteId);
  }

  /** Counts one more person in through the link, and remembers which link it was. */
  recordArrival(inviteId: string, userId: string): void {
    this.statements.countUse.run(inviteId);
    this.statements.markArrival.run(inviteId, userId);
  }

  /**
   * Guests who came through a link end with it: their accounts expire now
   * (UserRepository and MembershipRepository no longer see them). Returns their ids.
   */
  endGuestsOf(inviteId: string, now = Date.now()): string[] {
    const ids = this.statements.guestsOf.all(inviteId, now).map((row) => row.id);
    this.statements.endGuests.run(now, inviteId, now);
    return ids;
  }
}

/** Revoked beats expired beats used: the first reason is the one worth telling. */
export function inviteProblem(invite: InviteRecord, now = Date.now()): InviteProblem | null {
  if (invite.revokedAt !== null) return 'revoked';
  if (invite.expiresAt !== null && invite.expiresAt <= now) return 'expired';
  // A partnership has the one coordinator who was invited; a second click must not make another.
  if (invite.kind === 'coordinator' && invite.uses > 0) return 'used';
  return null;
}

/** The API's shape for the people who run the partnership. */
export function describeInvite(invite: InviteRecord, canRevoke: boolean): Invite {
  return {
    id: invite.id,
    kind: invite.kind,
    partnershipId: invite.partnershipId,
    path: invitePath(invite.token),
    label: invite.label,
    schoolId: invite.schoolId,
    expiresAt: invite.expiresAt,
    revoked: invite.revokedAt !== null,
    uses: invite.uses,
    canRevoke,
  };
}

function fromRow(row: InviteRow): InviteRecord {
  return {
    id: row.id,
    token: row.token,
    kind: row.kind,
    partnershipId: row.partnership_id,
    schoolId: row.school_id,
    label: row.label,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    uses: row.uses,
  };
}
