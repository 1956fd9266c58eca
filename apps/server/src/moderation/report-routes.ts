import { can, reportBodySchema, resolveReportBodySchema, type Member, type ResolveReportBody } from '@kopa/protocol';
import { Router, type Request } from 'express';
import { z } from 'zod';
import { partnershipResource, type AccessControl } from '../access/access-control.js';
import { memberOfPartnership, runsPartnership } from '../access/partnership-member.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { PostRepository } from '../blog/post-repository.js';
import type { PostWorkflow } from '../blog/post-workflow.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import { demand, HttpError, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { AuditLog } from './audit-log.js';
import type { CommentModeration } from './comment-moderation.js';
import type { CommentRepository } from './comment-repository.js';
import { readablePost, seesHiddenComments } from '../blog/readable-post.js';
import type { ReportRecord, ReportRepository } from './report-repository.js';

export interface ReportRoutesDeps {
  db: SqliteDatabase;
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  partnerships: PartnershipRepository;
  posts: PostRepository;
  comments: CommentRepository;
  reports: ReportRepository;
  moderation: CommentModeration;
  auditLog: AuditLog;
  /** The posts' own unpublish (same effect, review entry and audit entry as the unpublish route). */
  workflow: Pick<PostWorkflow, 'unpublish'>;
}

const queueQuerySchema = z.object({ state: z.enum(['open', 'all']).default('open') });

/**
 * Reports and the teachers' moderation queue: `POST /api/reports` (anyone who can read
 * the post, guests too), `/api/partnerships/:pid/reports`, `POST /api/reports/:id/resolve`
 * and the audit log `/api/partnerships/:pid/audit` (teachers and the coordinator of the
 * partnership, whichever school they are from). Every resolution is in the audit log.
 */
export function reportRoutes(deps: ReportRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  /** The post or comment reported, as the reporter can see it ("not found" otherwise). */
  const reportable = (userId: string, targetType: ReportRecord['targetType'], targetId: string) => {
    if (targetType === 'post') return readablePost(deps, userId, targetId);
    const comment = deps.comments.find(targetId);
    const target = comment ? readablePost(deps, userId, comment.itemId) : null;
    if (!comment || !target || (comment.hidden && !seesHiddenComments(target))) throw notFound('Comment');
    return target;
  };

  /** The queue is for the people who run the partnership, also once it is archived (to look, not act). */
  const moderatorOf = (userId: string, partnershipId: string) => {
    const found = memberOfPartnership(deps, userId, partnershipId);
    demand(runsPartnership(found.member, partnershipId));
    return found;
  };

  router.post('/reports', signedIn, (request, response) => {
    const { user } = currentAuth(response);
    const body = validateBody(reportBodySchema, request.body);
    const target = reportable(user.id, body.targetType, body.targetId);
    demand(can(target.member, 'read', target.resource));
    const id = deps.reports.insert({
      partnershipId: target.space.partnershipId,
      targetType: body.targetType,
      targetId: body.targetId,
      itemId: target.item.id,
      reporterId: user.id,
      reason: body.reason,
    });
    response.status(201).json(deps.reports.describe(id));
  });

  router.get('/partnerships/:pid/reports', signedIn, (request: Request<{ pid: string }>, response) => {
    moderatorOf(currentAuth(response).user.id, request.params.pid);
    const { state } = validateBody(queueQuerySchema, request.query);
    response.json(deps.reports.queue(request.params.pid, state === 'all'));
  });

  /** Acts on the reported post or comment, settles the report(s), and leaves a trace in the audit log. */
  const resolve = (actorId: string, report: ReportRecord, { action, note }: ResolveReportBody, moderator: Member, archived: boolean) => {
    const { partnershipId } = report;
    const detail = { reportId: report.id, ...(note ? { note } : {}) };

    if (action === 'dismiss') {
      // Possible even when the post went to the bin meanwhile: the report still has to leave the queue.
      demand(can(moderator, 'moderate', partnershipResource(partnershipId, archived)));
      deps.db.transaction(() => {
        deps.reports.resolve(report.id, actorId, action);
        deps.auditLog.record({
          partnershipId,
          actorId,
          action: 'report.dismiss',
          targetType: report.targetType,
          targetId: report.targetId,
          subjectUserId: report.targetType === 'comment' ? deps.comments.authorOf(report.targetId) : null,
          detail: { ...detail, itemId: report.itemId, reason: report.reason },
        });
      })();
      return;
    }

    const post = readablePost(deps, actorId, report.itemId);
    if (action === 'unpublish_post') {
      demand(can(post.member, 'publish', post.resource));
      deps.db.transaction(() => {
        deps.reports.resolve(report.id, actorId, action);
        deps.reports.resolveAllOn('post', report.itemId, actorId, action);
        // Last: it refuses a post that is not published, and tells the readers once the change is made.
        deps.workflow.unpublish({ itemId: report.itemId, actorId, message: note });
      })();
      return;
    }

    demand(can(post.member, 'moderate', post.resource));
    if (report.targetType !== 'comment') {
      throw new HttpError(400, 'invalid_request', 'action: this report is about a post, not a comment', { field: 'action' });
    }
    const comment = deps.comments.find(report.targetId);
    if (!comment) throw new HttpError(409, 'conflict', 'The comment has already been deleted: dismiss the report.');
    deps.db.transaction(() => {
      deps.reports.resolveAllOn('comment', comment.id, actorId, action);
      const change = { comment, partnershipId, actorId, detail };
      if (action === 'hide_comment') deps.moderation.setHidden(change, true);
      else deps.moderation.delete(change);
    })();
  };

  router.post('/reports/:reportId/resolve', signedIn, (request: Request<{ reportId: string }>, response) => {
    const { user } = currentAuth(response);
    const report = deps.reports.find(request.params.reportId);
    if (!report) throw notFound('Report');
    const { member, archived } = moderatorOf(user.id, report.partnershipId);
    const body = validateBody(resolveReportBodySchema, request.body);
    if (report.resolvedAt !== null) throw new HttpError(409, 'conflict', 'This report has already been dealt with.');
    resolve(user.id, report, body, member, archived);
    response.json(deps.reports.describe(report.id));
  });

  router.get('/partnerships/:pid/audit', signedIn, (request: Request<{ pid: string }>, response) => {
    moderatorOf(currentAuth(response).user.id, request.params.pid);
    response.json(deps.auditLog.list(request.params.pid));
  });

  return router;
}
