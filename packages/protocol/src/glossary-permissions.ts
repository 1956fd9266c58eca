import { can, type Member, type Resource } from './permissions.js';

/**
 * Who may do what with a partnership's glossary, on top of can() on the partnership:
 * reading approved terms is reading the partnership (guests too); proposed terms are for those who
 * may propose (everyone but guests); approving, changing and deleting a term is moderating the
 * partnership (its teachers and coordinator). Nothing changes in an archived partnership.
 */
export const GLOSSARY_ACTS = ['read', 'read_proposals', 'propose', 'approve', 'change', 'delete'] as const;
export type GlossaryAct = (typeof GLOSSARY_ACTS)[number];

type PartnershipResource = Extract<Resource, { type: 'partnership' }>;

export function canGlossary(member: Member | null | undefined, act: GlossaryAct, partnership: PartnershipResource): boolean {
  switch (act) {
    case 'read':
      return can(member, 'read', partnership);
    case 'read_proposals':
      // Whoever may propose sees the proposals (and does not propose a word twice); guests see only what is approved.
      return can(member, 'read', partnership) && member?.role !== 'guest';
    case 'propose':
      return can(member, 'read', partnership) && member?.role !== 'guest' && !partnership.archived;
    case 'approve':
    case 'change':
    case 'delete':
      return can(member, 'moderate', partnership);
  }
}
