import {
  can,
  createPupilsBodySchema,
  isStaffRole,
  updateMemberBodySchema,
  type MemberSummary,
  type PupilAccount,
  type Resource,
} from '@kopa/protocol';
import { Router, type Request, type Response } from 'express';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import { memberOfPartnership } from '../access/partnership-member.js';
import type { MembershipRepository } from '../directory/membership-repository.js';
import type { PartnershipRepository, SchoolRecord } from '../directory/partnership-repository.js';
import { forbidden, HttpError, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { PupilAccounts } from './pupil-accounts.js';
import { parsePupilBatch } from './pupil-batch.js';

export interface PupilRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  memberships: MembershipRepository;
  pupils: PupilAccounts;
}

type MemberParams = { pid: string; userId: string };
type SchoolParams = { pid: string; schoolId: string };

/**
 * The people of a partnership as staff see them, and pupil accounts: teachers
 * create them in bulk for their own school, give new passwords, switch them off
 * and on. Only pupils are managed here; teachers' accounts are their own.
 */
export function pupilRoutes(deps: PupilRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  const schoolResource = (partnershipId: string, schoolId: string, archived: boolean): Resource => ({
    type: 'school',
    schoolId,
    partnershipId,
    archived,
  });

  /** A school of this partnership whose pupils the caller looks after; `forChange` also refuses an archived partnership. */
  const managedSchool = (request: Request<SchoolParams>, response: Response, forChange: boolean) => {
    const { pid, schoolId } = request.params;
    const { member, archived } = memberOfPartnership(deps, currentAuth(response).user.id, pid);
    const school = deps.partnerships.schoolsOf(pid).find((candidate) => candidate.id === schoolId);
    if (!school) throw notFound('School');
    // Reading the list stays possible in an archived partnership; changing it does not.
    if (!can(member, 'manage', schoolResource(pid, school.id, forChange && archived))) throw forbidden();
    return school;
  };

  /** A pupil of this partnership whom the caller may manage (a teacher of their school). */
  const managedPupil = (request: Request<MemberParams>, response: Response): MemberSummary => {
    const { pid, userId } = request.params;
    const { member, archived } = memberOfPartnership(deps, currentAuth(response).user.id, pid);
    if (!isStaffRole(member.role)) throw forbidden();
    const person = deps.memberships.membersOfPartnership(pid).find((candidate) => candidate.userId === userId);
    if (!person) throw notFound('Member');
    if (person.role !== 'pupil') {
      throw new HttpError(403, 'forbidden', 'Only pupils’ accounts are managed here; teachers look after their own.');
    }
    if (!person.schoolId || !can(member, 'manage', schoolResource(pid, person.schoolId, archived))) throw forbidden();
    return person;
  };

  router.get('/partnerships/:pid/members', signedIn, (request: Request<{ pid: string }>, response) => {
    const { member } = memberOfPartnership(deps, currentAuth(response).user.id, request.params.pid);
    // Usernames are for staff: pupils and guests see people by first name and country only.
    if (!isStaffRole(member.role)) throw forbidden();
    response.json(deps.memberships.membersOfPartnership(request.params.pid));
  });

  router.get('/partnerships/:pid/schools/:schoolId/pupils', signedIn, (request: Request<SchoolParams>, response) => {
    const school = managedSchool(request, response, false);
    response.json(pupilsOf(deps, request.params.pid, school));
  });

  router.post('/partnerships/:pid/schools/:schoolId/pupils', signedIn, async (request: Request<SchoolParams>, response) => {
    const school = managedSchool(request, response, true);
    const { names } = validateBody(createPupilsBodySchema, request.body);
    const created = await deps.pupils.create(request.params.pid, school, parsePupilBatch(names));
    response.status(201).json(created);
  });

  router.post('/partnerships/:pid/members/:userId/password', signedIn, async (request: Request<MemberParams>, response) => {
    const pupil = managedPupil(request, response);
    response.json(await deps.pupils.resetPassword(toPupilAccount(pupil)));
  });

  router.patch('/partnerships/:pid/members/:userId', signedIn, (request: Request<MemberParams>, response) => {
    const pupil = managedPupil(request, response);
    const body = validateBody(updateMemberBodySchema, request.body);
    if (body.displayName !== undefined) deps.pupils.rename(pupil.userId, body.displayName);
    if (body.active !== undefined && body.active !== pupil.active) deps.pupils.setActive(request.params.pid, pupil.userId, body.active);
    const updated = deps.memberships.membersOfPartnership(request.params.pid).find((person) => person.userId === pupil.userId);
    response.json(updated);
  });

  return router;
}

function pupilsOf(deps: Pick<PupilRoutesDeps, 'memberships'>, partnershipId: string, school: SchoolRecord): PupilAccount[] {
  return deps.memberships
    .membersOfPartnership(partnershipId)
    .filter((person) => person.role === 'pupil' && person.schoolId === school.id)
    .map(toPupilAccount);
}

function toPupilAccount(person: MemberSummary): PupilAccount {
  return { id: person.userId, username: person.username, displayName: person.displayName, active: person.active };
}
