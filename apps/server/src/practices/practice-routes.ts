import { randomUUID } from 'node:crypto';
import {
  can,
  createPracticeBodySchema,
  practiceQuerySchema,
  updatePracticeBodySchema,
  type Member,
  type Practice,
  type PracticeLink,
  type PracticeSearchResult,
} from '@kopa/protocol';
import { Router, type Request } from 'express';
import { partnershipResource, type AccessControl } from '../access/access-control.js';
import { memberOfPartnership } from '../access/partnership-member.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { CreditDirectory } from '../directory/credit-directory.js';
import type { PartnershipRecord, PartnershipRepository } from '../directory/partnership-repository.js';
import { demand, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { AuditLog } from '../moderation/audit-log.js';
import { itemIdsOf, type PracticeFields, type PracticeRecord, type PracticeRepository } from './practice-repository.js';
import { checkPracticeFields } from './practice-rules.js';
import type { PracticeSearch } from './practice-search.js';

export interface PracticeRoutesDeps {
  db: SqliteDatabase;
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  credits: CreditDirectory;
  auditLog: AuditLog;
  practices: PracticeRepository;
  search: PracticeSearch;
}

/** The caller and a practice they may read: as a member of its partnership, or because it is public. */
interface ReadablePractice {
  practice: PracticeRecord;
  partnership: PartnershipRecord;
  /** Null when the caller is not in the practice's partnership (they read it because it is public). */
  member: Member | null;
}

/**
 * The inventory of good practices: `/api/practices` (the instance's inventory, searched; one practice; its
 * changes) and `/api/partnerships/:pid/practices` (describing a new one).
 *
 * Reading: every member of the partnership (guests too) reads its practices; everyone signed in reads the
 * public practices of every partnership. Writing (create, change, delete) is moderating the partnership and
 * making a practice public (or not) is publishing for it: its teachers and coordinator, never while it is
 * archived. Every write is in the audit log, in the transaction that makes it.
 */
export function practiceRoutes(deps: PracticeRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  /** A practice the caller may read, or 404 (a private practice of another partnership is not theirs to know of). */
  const readable = (userId: string, practiceId: string): ReadablePractice => {
    const practice = deps.practices.find(practiceId);
    const partnership = practice ? deps.partnerships.find(practice.partnershipId) : null;
    if (!practice || !partnership) throw notFound('Practice');
    const member = deps.access.memberIn(userId, practice.partnershipId);
    const reads = can(member, 'read', partnershipResource(partnership.id, partnership.state === 'archived'));
    if (!reads && !practice.public) throw notFound('Practice');
    return { practice, partnership, member: reads ? member : null };
  };

  const resourceOf = (partnership: PartnershipRecord) => partnershipResource(partnership.id, partnership.state === 'archived');
  const mayWrite = (member: Member | null, partnership: PartnershipRecord) => can(member, 'moderate', resourceOf(partnership));
  const mayPublish = (member: Member | null, partnership: PartnershipRecord) => can(member, 'publish', resourceOf(partnership));

  /** The API's shape for this caller: links to items only for the partnership's members, and never deleted ones. */
  const describe = (target: ReadablePractice): Practice => {
    const { practice, partnership, member } = target;
    const items = member ? deps.practices.itemsIn(partnership.id, itemIdsOf(practice.links)) : new Map();
    const links: PracticeLink[] = [];
    for (const link of practice.links) {
      if (link.kind === 'url') links.push({ kind: 'url', url: link.url, label: link.label });
      else {
        const item = items.get(link.itemId);
        if (item) links.push({ kind: 'item', itemId: item.id, title: item.title, type: item.type, archived: item.archived });
      }
    }
    return {
      id: practice.id,
      partnership: { id: partnership.id, title: partnership.title },
      title: practice.title,
      summary: practice.summary,
      targetGroup: practice.targetGroup,
      outcomes: practice.outcomes,
      themes: practice.themes,
      countries: practice.countries,
      languages: practice.languages,
      links,
      public: practice.public,
      createdBy: deps.credits.credit(practice.createdBy),
      createdAt: practice.createdAt,
      updatedAt: practice.updatedAt,
      mine: member !== null,
      canEdit: mayWrite(member, partnership),
    };
  };

  const contextOf = (partnership: PartnershipRecord) => ({
    partnership,
    schools: deps.partnerships.schoolsOf(partnership.id),
    itemsIn: (itemIds: readonly string[]) => deps.practices.itemsIn(partnership.id, itemIds),
  });

  const audit = (partnershipId: string, actorId: string, action: string, practice: { id: string; title: string }) =>
    deps.auditLog.record({ partnershipId, actorId, action, targetType: 'practice', targetId: practice.id, detail: { title: practice.title } });

  router.get('/practices', signedIn, (request, response) => {
    const { user } = currentAuth(response);
    const query = validateBody(practiceQuerySchema, request.query);
    const memberOf = deps.access
      .membersOf(user.id)
      .filter((member) => can(member, 'read', partnershipResource(member.partnershipId, false)))
      .map((member) => member.partnershipId);
    const page = deps.search.search(
      { memberOf },
      { q: query.q, themes: query.theme, countries: query.country, languages: query.language, partnershipId: query.partnershipId },
      { offset: query.offset, limit: query.limit },
    );
    const partnerships = new Map<string, PartnershipRecord | null>();
    const partnershipOf = (id: string) => {
      if (!partnerships.has(id)) partnerships.set(id, deps.partnerships.find(id));
      return partnerships.get(id) ?? null;
    };
    const practices: Practice[] = [];
    for (const practice of deps.practices.findMany(page.ids)) {
      const partnership = partnershipOf(practice.partnershipId);
      if (!partnership) continue;
      const member = memberOf.includes(partnership.id) ? deps.access.memberIn(user.id, partnership.id) : null;
      practices.push(describe({ practice, partnership, member }));
    }
    const result: PracticeSearchResult = { practices, total: page.total, offset: query.offset, limit: query.limit, facets: page.facets };
    response.json(result);
  });

  router.post('/partnerships/:pid/practices', signedIn, (request: Request<{ pid: string }>, response) => {
    const { user } = currentAuth(response);
    const { member, partnership } = memberOfPartnership(deps, user.id, request.params.pid);
    demand(mayWrite(member, partnership));
    const body = validateBody(createPracticeBodySchema, request.body);
    demand(!body.public || mayPublish(member, partnership));
    const fields = checkPracticeFields(contextOf(partnership), body, null);
    const now = Date.now();
    const record: PracticeRecord = { ...fields, id: randomUUID(), partnershipId: partnership.id, createdBy: user.id, createdAt: now, updatedAt: now };
    deps.db.transaction(() => {
      deps.practices.insert(record);
      audit(partnership.id, user.id, 'practice.create', record);
      if (record.public) audit(partnership.id, user.id, 'practice.publish', record);
    })();
    response.status(201).json(describe({ practice: record, partnership, member }));
  });

  router.get('/practices/:id', signedIn, (request: Request<{ id: string }>, response) => {
    response.json(describe(readable(currentAuth(response).user.id, request.params.id)));
  });

  router.patch('/practices/:id', signedIn, (request: Request<{ id: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readable(user.id, request.params.id);
    const { practice, partnership, member } = target;
    demand(mayWrite(member, partnership));
    const body = validateBody(updatePracticeBodySchema, request.body);
    const publicChanges = body.public !== undefined && body.public !== practice.public;
    demand(!publicChanges || mayPublish(member, partnership));
    const wanted: PracticeFields = {
      title: body.title ?? practice.title,
      summary: body.summary ?? practice.summary,
      targetGroup: body.targetGroup ?? practice.targetGroup,
      outcomes: body.outcomes ?? practice.outcomes,
      themes: body.themes ?? practice.themes,
      countries: body.countries ?? practice.countries,
      languages: body.languages ?? practice.languages,
      links: body.links ?? practice.links,
      public: body.public ?? practice.public,
    };
    const fields = checkPracticeFields(contextOf(partnership), wanted, practice);
    const contentChanges = (Object.keys(fields) as (keyof PracticeFields)[]).some(
      (key) => key !== 'public' && JSON.stringify(fields[key]) !== JSON.stringify(practice[key]),
    );
    const updated: PracticeRecord = { ...practice, ...fields, updatedAt: contentChanges || publicChanges ? Date.now() : practice.updatedAt };
    if (contentChanges || publicChanges) {
      deps.db.transaction(() => {
        deps.practices.update(practice.id, fields, updated.updatedAt);
        if (contentChanges) audit(partnership.id, user.id, 'practice.update', updated);
        if (publicChanges) audit(partnership.id, user.id, updated.public ? 'practice.publish' : 'practice.unpublish', updated);
      })();
    }
    response.json(describe({ ...target, practice: updated }));
  });

  router.delete('/practices/:id', signedIn, (request: Request<{ id: string }>, response) => {
    const { user } = currentAuth(response);
    const { practice, partnership, member } = readable(user.id, request.params.id);
    demand(mayWrite(member, partnership));
    deps.db.transaction(() => {
      deps.practices.remove(practice.id);
      audit(partnership.id, user.id, 'practice.delete', practice);
    })();
    response.status(204).end();
  });

  return router;
}
