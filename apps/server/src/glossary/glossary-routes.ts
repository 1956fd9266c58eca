import { randomUUID } from 'node:crypto';
import {
  canGlossary,
  createGlossaryTermBodySchema,
  GLOSSARY_LIMITS,
  updateGlossaryTermBodySchema,
  type GlossaryAct,
  type GlossaryList,
  type GlossaryTerm,
  type Member,
} from '@kopa/protocol';
import { Router, type Request } from 'express';
import type { AccessControl } from '../access/access-control.js';
import { memberOfPartnership } from '../access/partnership-member.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { CreditDirectory } from '../directory/credit-directory.js';
import type { PartnershipRecord, PartnershipRepository } from '../directory/partnership-repository.js';
import { demand, HttpError, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { AuditLog } from '../moderation/audit-log.js';
import { workingLanguages } from '../practices/practice-rules.js';
import type { UploadRepository } from '../uploads/upload-repository.js';
import type { GlossaryEvents } from './glossary-events.js';
import type { GlossaryRepository, GlossaryTermFields, GlossaryTermRecord } from './glossary-repository.js';
import { checkGlossaryFields, inLanguageOrder } from './glossary-rules.js';

export interface GlossaryRoutesDeps {
  db: SqliteDatabase;
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  credits: CreditDirectory;
  uploads: Pick<UploadRepository, 'imageIn'>;
  auditLog: AuditLog;
  glossary: GlossaryRepository;
  events: GlossaryEvents;
}

/** A term and the caller as a member of its partnership. */
interface TermInContext {
  term: GlossaryTermRecord;
  partnership: PartnershipRecord;
  member: Member;
}

/**
 * The partnership's glossary (docs/api.md, "Glossary"): `GET/POST /api/partnerships/:pid/glossary` (the
 * terms the caller may read; proposing one) and `PATCH/DELETE /api/glossary/:termId`, `POST
 * /api/glossary/:termId/approve`. Who may do what is canGlossary(): every member reads the approved
 * terms, everyone but guests proposes and sees proposals, teachers and the coordinator approve, change
 * and delete. Their acts are in the audit log; every change tells the partnership's open pages.
 */
export function glossaryRoutes(deps: GlossaryRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  const may = (member: Member | null, act: GlossaryAct, partnership: PartnershipRecord) =>
    canGlossary(member, act, { type: 'partnership', partnershipId: partnership.id, archived: partnership.state === 'archived' });
  const languagesOf = (partnership: PartnershipRecord) => workingLanguages(partnership, deps.partnerships.schoolsOf(partnership.id));

  /** A term the caller may read, or 404: a term of another partnership, or a proposal to a guest, is not theirs to know of. */
  const readable = (userId: string, termId: string): TermInContext => {
    const term = deps.glossary.find(termId);
    const member = term ? deps.access.memberIn(userId, term.partnershipId) : null;
    const partnership = term && member ? deps.partnerships.find(term.partnershipId) : null;
    if (!term || !member || !partnership) throw notFound('Term');
    if (!may(member, term.status === 'approved' ? 'read' : 'read_proposals', partnership)) throw notFound('Term');
    return { term, partnership, member };
  };

  const describe = ({ term, partnership, member }: TermInContext): GlossaryTerm => ({
    id: term.id,
    partnershipId: term.partnershipId,
    translations: inLanguageOrder(term.translations, languagesOf(partnership)),
    picture: term.uploadId ? deps.uploads.imageIn(partnership.id, term.uploadId) : null,
    pictureAlt: term.uploadId ? term.pictureAlt : '',
    status: term.status,
    createdBy: deps.credits.credit(term.createdBy),
    createdAt: term.createdAt,
    updatedAt: term.updatedAt,
    canModerate: may(member, 'approve', partnership),
  });

  const contextOf = (partnership: PartnershipRecord) => ({
    languages: languagesOf(partnership),
    terms: deps.glossary.termsOf(partnership.id),
    isPictureOf: (uploadId: string) => deps.uploads.imageIn(partnership.id, uploadId) !== null,
  });

  const audit = (actorId: string, action: string, term: GlossaryTermRecord) =>
    deps.auditLog.record({
      partnershipId: term.partnershipId,
      actorId,
      action,
      targetType: 'glossary_term',
      targetId: term.id,
      detail: { term: Object.values(term.translations)[0] ?? '' },
    });

  router.get('/partnerships/:pid/glossary', signedIn, (request: Request<{ pid: string }>, response) => {
    const { user } = currentAuth(response);
    const { member, partnership } = memberOfPartnership(deps, user.id, request.params.pid);
    const proposals = may(member, 'read_proposals', partnership);
    const terms = deps.glossary
      .termsOf(partnership.id)
      .filter((term) => term.status === 'approved' || proposals)
      .map((term) => describe({ term, partnership, member }));
    const list: GlossaryList = {
      partnershipId: partnership.id,
      languages: languagesOf(partnership),
      terms,
      canPropose: may(member, 'propose', partnership),
      canModerate: may(member, 'approve', partnership),
    };
    response.json(list);
  });

  router.post('/partnerships/:pid/glossary', signedIn, (request: Request<{ pid: string }>, response) => {
    const { user } = currentAuth(response);
    const { member, partnership } = memberOfPartnership(deps, user.id, request.params.pid);
    demand(may(member, 'propose', partnership));
    const body = validateBody(createGlossaryTermBodySchema, request.body);
    // Only a teacher's own term may skip the proposal.
    demand(!body.approve || may(member, 'approve', partnership));
    if (deps.glossary.countOf(partnership.id) >= GLOSSARY_LIMITS.termsMax) {
      throw new HttpError(409, 'conflict', `The glossary holds ${GLOSSARY_LIMITS.termsMax} terms, as many as it can.`);
    }
    const fields = checkGlossaryFields(
      contextOf(partnership),
      { translations: body.translations, uploadId: body.pictureUploadId, pictureAlt: body.pictureAlt },
      null,
    );
    const now = Date.now();
    const term: GlossaryTermRecord = {
      ...fields,
      id: randomUUID(),
      partnershipId: partnership.id,
      status: body.approve ? 'approved' : 'proposed',
      createdBy: user.id,
      approvedBy: body.approve ? user.id : null,
      createdAt: now,
      updatedAt: now,
    };
    deps.db.transaction(() => {
      deps.glossary.insert(term);
      if (body.approve) audit(user.id, 'glossary.approve', term);
    })();
    deps.events.changed(partnership.id);
    response.status(201).json(describe({ term, partnership, member }));
  });

  router.patch('/glossary/:termId', signedIn, (request: Request<{ termId: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readable(user.id, request.params.termId);
    const { term, partnership, member } = target;
    demand(may(member, 'change', partnership));
    const body = validateBody(updateGlossaryTermBodySchema, request.body);
    const wanted: GlossaryTermFields = {
      translations: body.translations ?? term.translations,
      uploadId: body.pictureUploadId === undefined ? term.uploadId : body.pictureUploadId,
      pictureAlt: body.pictureAlt ?? term.pictureAlt,
    };
    const fields = checkGlossaryFields(contextOf(partnership), wanted, term);
    const before: GlossaryTermFields = { translations: inLanguageOrder(term.translations, languagesOf(partnership)), uploadId: term.uploadId, pictureAlt: term.pictureAlt };
    // Sending what is there already changes (and logs) nothing.
    const changes = JSON.stringify(fields) !== JSON.stringify(before);
    const updated: GlossaryTermRecord = { ...term, ...fields, updatedAt: changes ? Date.now() : term.updatedAt };
    if (changes) {
      deps.db.transaction(() => {
        deps.glossary.update(term.id, fields, updated.updatedAt);
        audit(user.id, 'glossary.update', updated);
      })();
      deps.events.changed(partnership.id);
    }
    response.json(describe({ ...target, term: updated }));
  });

  router.post('/glossary/:termId/approve', signedIn, (request: Request<{ termId: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readable(user.id, request.params.termId);
    const { term, partnership, member } = target;
    demand(may(member, 'approve', partnership));
    // Approving twice changes nothing.
    if (term.status === 'approved') return void response.json(describe(target));
    const approved: GlossaryTermRecord = { ...term, status: 'approved', approvedBy: user.id, updatedAt: Date.now() };
    deps.db.transaction(() => {
      deps.glossary.approve(term.id, user.id, approved.updatedAt);
      audit(user.id, 'glossary.approve', approved);
    })();
    deps.events.changed(partnership.id);
    response.json(describe({ ...target, term: approved }));
  });

  router.delete('/glossary/:termId', signedIn, (request: Request<{ termId: string }>, response) => {
    const { user } = currentAuth(response);
    const { term, partnership, member } = readable(user.id, request.params.termId);
    demand(may(member, 'delete', partnership));
    deps.db.transaction(() => {
      deps.glossary.remove(term.id);
      audit(user.id, 'glossary.delete', term);
    })();
    deps.events.changed(partnership.id);
    response.status(204).end();
  });

  return router;
}
