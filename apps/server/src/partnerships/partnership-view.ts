import { can, type Member, type Partnership, type PartnershipSummary } from '@kopa/protocol';
import { partnershipResource } from '../access/access-control.js';
import type { PartnershipRecord, PartnershipRepository } from '../directory/partnership-repository.js';

/** A partnership as one of its members sees it, with what they may do (the server enforces the same). */
export function describePartnership(partnerships: PartnershipRepository, record: PartnershipRecord, member: Member): Partnership {
  const resource = partnershipResource(record.id, record.state === 'archived');
  return {
    ...record,
    role: member.role,
    schools: partnerships.schoolsOf(record.id),
    canManage: can(member, 'manage', resource),
    canModerate: can(member, 'moderate', resource),
    canExport: can(member, 'export', resource),
  };
}

export function summarizePartnership(record: PartnershipRecord, member: Member): PartnershipSummary {
  return { id: record.id, title: record.title, role: member.role, state: record.state };
}
