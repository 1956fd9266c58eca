import { z } from 'zod';
import { LIMITS } from './limits.js';
import type { ItemType } from './api-types.js';

/** zod schemas for every request body and socket payload, checked at the server's edge. */

/** A required text field whose messages say what to do, not how zod saw it. */
const text = (missing: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? missing : 'must be text') });

export const loginBodySchema = z.object({
  username: text('Enter your username').trim().min(1, 'Enter your username').max(LIMITS.usernameMaxLength),
  password: text('Enter your password').min(1, 'Enter your password').max(LIMITS.passwordMaxLength),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const createItemBodySchema = z.object({
  // Boards and blog posts arrive with their own features; until then only documents.
  type: z.enum(['doc'] satisfies ItemType[], { error: 'Only documents can be created for now' }).default('doc'),
  title: text('Give it a title').trim().min(1, 'Give it a title').max(LIMITS.itemTitleMaxLength),
});
export type CreateItemBody = z.infer<typeof createItemBodySchema>;

export const spaceRefSchema = z.object({ spaceId: z.string().min(1).max(64) });
export type SpaceRef = z.infer<typeof spaceRefSchema>;

/** Turns a zod error into one sentence that names the field at fault. */
export function describeValidationError(error: z.ZodError): { message: string; field: string | undefined } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Invalid request', field: undefined };
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
  return { message: field ? `${field}: ${issue.message}` : issue.message, field };
}
