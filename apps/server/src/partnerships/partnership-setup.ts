import { randomUUID } from 'node:crypto';
import type { CreatePartnershipBody } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';
import type { PartnershipRecord, PartnershipRepository } from '../directory/partnership-repository.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { InviteRecord, InviteRepository } from './invite-repository.js';
import { newInviteToken } from './invite-tokens.js';

export interface PartnershipSetupDeps {
  db: SqliteDatabase;
  partnerships: PartnershipRepository;
  spaces: SpaceRepository;
  invites: InviteRepository;
}

/**
 * A new partnership as the administrator starts it: the partnership, the space
 * the whole partnership shares, and the link that makes its coordinator, all or nothing.
 * The coordinator fills in the rest (themes, languages, schools) after joining.
 */
export function setUpPartnership(
  deps: PartnershipSetupDeps,
  body: CreatePartnershipBody,
  adminId: string,
): { partnership: PartnershipRecord; invite: InviteRecord } {
  const partnership: PartnershipRecord = {
    id: randomUUID(),
    title: body.title,
    referenceCode: body.referenceCode || null,
    startDate: body.startDate,
    endDate: body.endDate,
    themes: [],
    // English is the working language of almost every Erasmus+ partnership; the coordinator can change it.
    languages: ['en'],
    licence: 'CC-BY-SA-4.0',
    state: 'active',
  };
  const invite: InviteRecord = {
    id: randomUUID(),
    token: newInviteToken(),
    kind: 'coordinator',
    partnershipId: partnership.id,
    schoolId: null,
    label: '',
    createdBy: adminId,
    createdAt: Date.now(),
    expiresAt: null,
    revokedAt: null,
    uses: 0,
  };
  deps.db.transaction(() => {
    deps.partnerships.insertPartnership(partnership, []);
    deps.spaces.insertSpace({
      id: randomUUID(),
      partnershipId: partnership.id,
      kind: 'partnership',
      teamId: null,
      mobilityId: null,
      title: partnership.title,
    });
    deps.invites.insert(invite);
  })();
  return { partnership, invite };
}
