import { isLocale } from '@kopa/i18n';
import { can, startExportBodySchema, type ExportFormatInfo, type ExportOverview, type ExportScopeKind } from '@kopa/protocol';
import { Router, type Request } from 'express';
import { partnershipResource, type AccessControl } from '../access/access-control.js';
import { memberOfPartnership } from '../access/partnership-member.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import { forbidden, HttpError, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import { ExportError, type ExportScope } from './export-format.js';
import type { ExportJobRecord } from './export-job-repository.js';
import type { ExportJobs } from './export-jobs.js';

export interface ExportRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  spaces: SpaceRepository;
  jobs: ExportJobs;
}

/**
 * `/api/partnerships/:pid/exports` and `/api/exports/:id`: starting an export (the whole
 * partnership: its coordinator; one space: its staff, as `can(…, 'export', …)` says), following
 * it, and downloading the file. An export is its starter's alone: anyone else gets 404.
 */
export function exportRoutes(deps: ExportRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  /** Which scopes the caller may export in the partnership (archived or not: exporting only reads). */
  const scopesOf = (userId: string, partnershipId: string): Set<ExportScopeKind> => {
    const member = deps.access.memberIn(userId, partnershipId);
    const partnership = deps.partnerships.find(partnershipId);
    const scopes = new Set<ExportScopeKind>();
    if (!member || !partnership) return scopes;
    if (can(member, 'export', partnershipResource(partnershipId, partnership.state === 'archived'))) scopes.add('partnership');
    if (deps.spaces.spacesOf(partnershipId).some((space) => deps.access.canOnSpace(userId, 'export', space))) scopes.add('space');
    return scopes;
  };

  const formatsFor = (scopes: ReadonlySet<ExportScopeKind>): ExportFormatInfo[] =>
    deps.jobs.formats
      .map((format) => ({ name: format.name, scopes: format.scopes.filter((scope) => scopes.has(scope)) }))
      .filter((format) => format.scopes.length > 0);

  router.get('/partnerships/:pid/exports', signedIn, (request: Request<{ pid: string }>, response) => {
    const { user } = currentAuth(response);
    const { partnership } = memberOfPartnership(deps, user.id, request.params.pid);
    const formats = formatsFor(scopesOf(user.id, partnership.id));
    if (formats.length === 0) throw forbidden();
    const overview: ExportOverview = { formats, jobs: deps.jobs.listFor(user.id, partnership.id) };
    response.json(overview);
  });

  router.post('/partnerships/:pid/exports', signedIn, (request: Request<{ pid: string }>, response) => {
    const { user } = currentAuth(response);
    const { partnership } = memberOfPartnership(deps, user.id, request.params.pid);
    const body = validateBody(startExportBodySchema, request.body);
    let scope: ExportScope;
    let allowed: boolean;
    if (body.spaceId !== undefined) {
      const space = deps.spaces.findSpace(body.spaceId);
      if (!space || space.partnershipId !== partnership.id || !deps.access.canOnSpace(user.id, 'read', space)) throw notFound('Space');
      scope = { kind: 'space', partnershipId: partnership.id, spaceId: space.id };
      allowed = deps.access.canOnSpace(user.id, 'export', space);
    } else {
      scope = { kind: 'partnership', partnershipId: partnership.id };
      allowed = scopesOf(user.id, partnership.id).has('partnership');
    }
    if (!allowed) throw forbidden();
    const format = deps.jobs.format(body.format);
    if (!format) throw new HttpError(400, 'invalid_request', 'format: This Kopa cannot make that kind of export', { field: 'format' });
    if (!format.scopes.includes(scope.kind)) {
      const what = format.scopes.includes('partnership') ? 'a whole partnership only' : 'one space at a time';
      throw new HttpError(400, 'invalid_request', `spaceId: A ${format.name} export covers ${what}`, { field: 'spaceId' });
    }
    if (deps.jobs.hasRunning(user.id)) {
      throw new HttpError(409, 'conflict', 'One of your exports is still running: wait for it to finish, then start the next.');
    }
    try {
      response.status(202).json(deps.jobs.start(format, scope, user.id, { locale: isLocale(body.language) ? body.language : 'en' }));
    } catch (error) {
      if (error instanceof ExportError) throw new HttpError(409, 'conflict', error.message);
      throw error;
    }
  });

  /** The caller's own export, while they still may export what it covers. */
  const ownExport = (userId: string, jobId: string): ExportJobRecord => {
    const job = deps.jobs.find(jobId);
    if (!job || job.requestedBy !== userId) throw notFound('Export');
    const scopes = scopesOf(userId, job.partnershipId);
    const stillAllowed = job.spaceId
      ? (() => {
          const space = deps.spaces.findSpace(job.spaceId);
          return space !== null && deps.access.canOnSpace(userId, 'export', space);
        })()
      : scopes.has('partnership');
    if (!stillAllowed) throw notFound('Export');
    return job;
  };

  router.get('/exports/:jobId', signedIn, (request: Request<{ jobId: string }>, response) => {
    const job = ownExport(currentAuth(response).user.id, request.params.jobId);
    response.json(deps.jobs.describe(job));
  });

  router.get('/exports/:jobId/download', signedIn, (request: Request<{ jobId: string }>, response, next) => {
    const job = ownExport(currentAuth(response).user.id, request.params.jobId);
    if (deps.jobs.isExpired(job)) throw new HttpError(404, 'not_found', 'This export has expired: start a new one.');
    if (job.status !== 'done' || !job.fileName) throw new HttpError(409, 'conflict', 'This export is not ready to download.');
    // The path is ours (the data folder may well sit in a dot-folder such as ~/.local).
    const options = { headers: { 'Content-Type': 'application/zip' }, dotfiles: 'allow' as const };
    response.download(deps.jobs.filePath(job.id), job.fileName, options, (error) => {
      if (!error) return;
      if (response.headersSent) return next(error);
      next((error as NodeJS.ErrnoException).code === 'ENOENT' ? new HttpError(404, 'not_found', 'This export has expired: start a new one.') : error);
    });
  });

  return router;
}
