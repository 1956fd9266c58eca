import { can, type Member, type Resource } from './permissions.js';

/**
 * Who may put what before the public, and take it away. Each act is one of can()'s actions on
 * a resource (approving is publishing, like a blog post; the showcase switch is managing the
 * partnership; consent is managing the pupil's school), with one rule on top: whatever takes
 * something off the public (withdrawing an item, turning the showcase off, withdrawing a
 * consent, marking a pupil on a picture) is never blocked by an archived partnership, because
 * privacy comes first. Putting something before the public in an archived partnership is not
 * possible, like any other change.
 */
export const SHOWCASE_ACTS = [
  'approve',
  'withdraw',
  'showcase_on',
  'showcase_off',
  'consent_give',
  'consent_withdraw',
  'mark_person',
  'unmark_person',
] as const;
export type ShowcaseAct = (typeof SHOWCASE_ACTS)[number];

/** Acts that only ever make less public. */
const NARROWING: ReadonlySet<ShowcaseAct> = new Set(['withdraw', 'showcase_off', 'consent_withdraw', 'mark_person']);

/**
 * `resource` is the item (approve, withdraw), the partnership (showcase on/off; marks: the
 * picture's partnership) or the pupil's school (consent). `personId` is the pupil a mark is about.
 */
export function canShowcase(member: Member | null | undefined, act: ShowcaseAct, resource: Resource, personId?: string): boolean {
  const target = NARROWING.has(act) ? ({ ...resource, archived: false } as Resource) : resource;
  switch (act) {
    case 'approve':
    case 'withdraw':
      return resource.type === 'item' && can(member, 'publish', target);
    case 'showcase_on':
    case 'showcase_off':
      return resource.type === 'partnership' && can(member, 'manage', target);
    case 'consent_give':
    case 'consent_withdraw':
      return resource.type === 'school' && can(member, 'manage', target);
    case 'mark_person':
      // Any teacher marks anyone; a pupil who recognises themselves marks themselves (it can only keep things private).
      if (can(member, 'moderate', target)) return true;
      return member?.role === 'pupil' && personId !== undefined && personId === member.userId && can(member, 'read', target);
    case 'unmark_person':
      // Taking a mark away may let a picture go public: teachers only.
      return can(member, 'moderate', target);
  }
}
