import type { IncomingMessage } from 'node:http';
import { colorForUser, personLabel } from '@kopa/protocol';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { OriginPolicy } from '../http/origin-policy.js';
import type { UpgradeDecision } from './collab-server.js';
import { contentGuardFor } from './content-guard.js';

/** What a user may still do with a document they have open: asked again when rights change. */
export function createAccessRecheck(access: AccessControl) {
  return (userId: string, docId: string): { canEdit: boolean } | null => {
    const rights = access.docAccess(userId, docId);
    return rights?.canRead ? { canEdit: rights.canEdit } : null;
  };
}

/**
 * Who may open `/yjs/<docId>`: a page of our own origin, a live session, and a
 * member who may read the document. Those who may not edit it connect read-only.
 */
export function createUpgradeAuthorizer(deps: {
  originPolicy: OriginPolicy;
  authenticator: Authenticator;
  access: AccessControl;
  /** Refuses writing under someone else's Yjs client id (authorship must not be forgeable). */
  checkClaims: (docId: string, userId: string, update: Uint8Array) => string | null;
}): (request: IncomingMessage, docId: string) => UpgradeDecision {
  return (request, docId) => {
    if (!deps.originPolicy.isAllowed(request)) return { ok: false, status: 403, reason: 'foreign origin' };
    const auth = deps.authenticator.authenticate(request);
    if (!auth) return { ok: false, status: 401, reason: 'not logged in' };
    const access = deps.access.docAccess(auth.user.id, docId);
    if (!access) return { ok: false, status: 404, reason: 'unknown document' };
    if (!access.canRead) return { ok: false, status: 403, reason: 'no access to this document' };
    const checkContent = contentGuardFor(access.item.type);
    return {
      ok: true,
      checkUpdate: (doc, update) => checkContent(doc, update) ?? deps.checkClaims(docId, auth.user.id, update),
      identity: {
        userId: auth.user.id,
        sessionId: auth.session.id,
        partnershipId: access.space.partnershipId,
        readOnly: !access.canEdit,
        awareness: { name: personLabel(auth.user.displayName, auth.user.country), color: colorForUser(auth.user.id) },
      },
    };
  };
}
