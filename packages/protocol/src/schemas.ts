import { z } from 'zod';
import { LIMITS } from './limits.js';
import { BOARD_LAYOUTS, LICENCES, type ItemType, type ValidationProblem } from './api-types.js';
import { problemParams, validationProblemOf } from './validation-problem.js';

/** zod schemas for every request body and socket payload, checked at the server's edge. */

/** A required text field whose messages say what to do, not how zod saw it. */
const text = (missing: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? missing : 'must be text') }).trim();

const isoDate = z.iso.date({ error: 'must be a date like 2026-03-09' });
const id = z.string().min(1).max(64);
const ids = (max: number) => z.array(id).max(max).refine((list) => new Set(list).size === list.length, 'lists someone twice');

/** A name as people write it: letters (any alphabet), spaces, hyphens and apostrophes. */
export const PERSON_NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’\- .]*$/u;

export const loginBodySchema = z.object({
  username: text('Enter your username').min(1, 'Enter your username').max(LIMITS.usernameMaxLength),
  password: z
    .string({ error: (issue) => (issue.input === undefined ? 'Enter your password' : 'must be text') })
    .min(1, 'Enter your password')
    .max(LIMITS.passwordMaxLength),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const createItemBodySchema = z.object({
  type: z.enum(['doc', 'post', 'board'] satisfies ItemType[], { error: 'must be doc, post or board' }).default('doc'),
  title: text('Give it a title').min(1, 'Give it a title').max(LIMITS.itemTitleMaxLength),
  /** Boards: a free canvas or a wall with columns. */
  layout: z.enum(BOARD_LAYOUTS, { error: 'must be canvas or wall' }).optional(),
  /** Boards with the wall layout: the first columns' names (in the creator's language). */
  columns: z
    .array(text('Name the column').min(1, 'Name the column').max(LIMITS.boardColumnTitleMaxLength))
    .max(LIMITS.boardColumnsAtStart, `at most ${LIMITS.boardColumnsAtStart} columns to start with`)
    .optional(),
});
export type CreateItemBody = z.infer<typeof createItemBodySchema>;

export const updateItemBodySchema = z
  .object({
    title: text('Give it a title').min(1, 'Give it a title').max(LIMITS.itemTitleMaxLength).optional(),
    archived: z.boolean().optional(),
    /** Teachers lock an item: pupils may look but not change it. */
    locked: z.boolean().optional(),
  })
  .refine((body) => body.title !== undefined || body.archived !== undefined || body.locked !== undefined, 'Say what to change: title, archived or locked');
export type UpdateItemBody = z.infer<typeof updateItemBodySchema>;

export const reorderItemsBodySchema = z.object({
  itemIds: ids(1000).min(1, 'List the items in their new order'),
});
export type ReorderItemsBody = z.infer<typeof reorderItemsBodySchema>;

export const spaceRefSchema = z.object({ spaceId: id });
export type SpaceRef = z.infer<typeof spaceRefSchema>;

export const schoolInputSchema = z.object({
  name: text('Enter the school’s name').min(2, 'Enter the school’s name').max(200),
  city: text('Enter the city').min(1, 'Enter the city').max(100),
  country: text('Choose the country')
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code like LV'),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(12).default([]),
});
export type SchoolInput = z.infer<typeof schoolInputSchema>;

const datesInOrder = (body: { startDate?: string | null; endDate?: string | null }) =>
  !body.startDate || !body.endDate || body.startDate <= body.endDate;
const ENDS_BEFORE_START = problemParams('ends_before_start');

export const createPartnershipBodySchema = z
  .object({
    title: text('Give the partnership a title').min(3, 'Give the partnership a title').max(200),
    referenceCode: z.string().trim().max(60).nullable().default(null),
    startDate: isoDate.nullable().default(null),
    endDate: isoDate.nullable().default(null),
  })
  .refine(datesInOrder, { message: 'The end date comes before the start date', path: ['endDate'], params: ENDS_BEFORE_START });
export type CreatePartnershipBody = z.infer<typeof createPartnershipBodySchema>;

export const updatePartnershipBodySchema = z
  .object({
    title: text('Give the partnership a title').min(3, 'Give the partnership a title').max(200).optional(),
    referenceCode: z.string().trim().max(60).nullable().optional(),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
    themes: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'must be language codes like lv')).min(1).max(12).optional(),
    licence: z.enum(LICENCES).optional(),
    state: z.enum(['active', 'archived']).optional(),
  })
  .refine(datesInOrder, { message: 'The end date comes before the start date', path: ['endDate'], params: ENDS_BEFORE_START });
export type UpdatePartnershipBody = z.infer<typeof updatePartnershipBodySchema>;

export const createInviteBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('school'), school: schoolInputSchema }),
  z.object({
    kind: z.literal('guest'),
    label: text('Say who the link is for').min(1, 'Say who the link is for').max(80),
    days: z.number().int().min(1).max(365),
  }),
]);
export type CreateInviteBody = z.infer<typeof createInviteBodySchema>;

/** Accepting an invite: teachers give an e-mail and a password, the coordinator also their school, guests a name. */
export const acceptInviteBodySchema = z.object({
  displayName: text('Enter your name').min(1, 'Enter your name').max(60).regex(PERSON_NAME, 'use letters only'),
  // The e-mail becomes the username, so it obeys the username's length.
  email: text('Enter your e-mail address')
    .toLowerCase()
    .pipe(
      z
        .email({ error: 'must be an e-mail address' })
        .max(LIMITS.usernameMaxLength, { error: `must be at most ${LIMITS.usernameMaxLength} characters` }),
    )
    .optional(),
  password: z.string().min(10, 'must be at least 10 characters').max(LIMITS.passwordMaxLength).optional(),
  school: schoolInputSchema.optional(),
});
export type AcceptInviteBody = z.infer<typeof acceptInviteBodySchema>;

export const MAX_PUPILS_AT_ONCE = 200;

/** Lines of a pasted class list; the server trims them, skips empty ones and explains the rest. */
export const createPupilsBodySchema = z.object({
  names: z
    .array(z.string().max(200, 'a line is too long'))
    .min(1, 'Paste at least one name')
    .max(1000, 'The list is far too long'),
});
export type CreatePupilsBody = z.infer<typeof createPupilsBodySchema>;

export const updateMemberBodySchema = z
  .object({
    displayName: text('Enter a name').min(1, 'Enter a name').max(40).regex(PERSON_NAME, 'use letters only').optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => body.displayName !== undefined || body.active !== undefined, 'Say what to change');
export type UpdateMemberBody = z.infer<typeof updateMemberBodySchema>;

const teamName = text('Give the team a name').min(1, 'Give the team a name').max(LIMITS.teamNameMaxLength);
export const teamBodySchema = z.object({
  name: teamName,
  memberIds: ids(200).default([]),
});
export type TeamBody = z.infer<typeof teamBodySchema>;
// Spelled out rather than teamBodySchema.partial(): the default [] would survive .partial() and a rename would empty the team.
export const updateTeamBodySchema = z
  .object({ name: teamName.optional(), memberIds: ids(200).optional() })
  .refine((body) => body.name !== undefined || body.memberIds !== undefined, 'Say what to change: name or memberIds');
export type UpdateTeamBody = z.infer<typeof updateTeamBodySchema>;
/** A whole team builder result, created in one go (all or nothing). */
export const createTeamsBodySchema = z.object({
  teams: z.array(teamBodySchema).min(1, 'Add at least one team').max(LIMITS.teamsAtOnce, 'Too many teams at once'),
});
export type CreateTeamsBody = z.infer<typeof createTeamsBodySchema>;

export const mobilityBodySchema = z
  .object({
    title: text('Give the visit a title').min(1, 'Give the visit a title').max(120),
    hostSchoolId: id,
    city: text('Enter the city').min(1, 'Enter the city').max(100),
    startDate: isoDate,
    endDate: isoDate,
    travellerIds: ids(500).default([]),
  })
  .refine(datesInOrder, { message: 'The visit ends before it starts', path: ['endDate'], params: ENDS_BEFORE_START });
export type MobilityBody = z.infer<typeof mobilityBodySchema>;

/**
 * Turns a zod error into one English sentence that names the field at fault (for logs and API users), and
 * the same problem without words (`problem`), which the web app says in the reader's language. Pass the
 * input that was parsed so a missing value ("required") can be told from a wrong one.
 */
export function describeValidationError(
  error: z.ZodError,
  input?: unknown,
): { message: string; field: string | undefined; problem: ValidationProblem } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Invalid request', field: undefined, problem: { kind: 'invalid' } };
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
  return { message: field ? `${field}: ${issue.message}` : issue.message, field, problem: validationProblemOf(issue, input) };
}
