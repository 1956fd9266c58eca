/** A person's role in one partnership. */
export const ROLES = ['coordinator', 'teacher', 'pupil', 'guest'] as const;
export type Role = (typeof ROLES)[number];

/** Teachers and coordinators run the partnership; pupils and guests do not. */
export function isStaffRole(role: Role): boolean {
  return role === 'coordinator' || role === 'teacher';
}
