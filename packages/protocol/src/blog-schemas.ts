import { z } from 'zod';
import { LIMITS } from './limits.js';
import { POST_PHASES, REACTIONS, REPORT_TARGETS } from './blog-types.js';
import { problemParams } from './validation-problem.js';

/** zod schemas for the blog's request bodies and socket payloads. */

const id = z.string().min(1).max(64);
const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code like lv');

export const updatePostBodySchema = z
  .object({
    language: languageCode.optional(),
    themes: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
    mobilityId: id.nullable().optional(),
    phase: z.enum(POST_PHASES).nullable().optional(),
    coverUploadId: id.nullable().optional(),
    coverAlt: z.string().trim().max(LIMITS.altTextMaxLength).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Say what to change');
export type UpdatePostBody = z.infer<typeof updatePostBodySchema>;

const message = z.string().trim().max(LIMITS.reviewMessageMaxLength, 'is too long');

export const submitPostBodySchema = z.object({ message: message.default('') });
export type SubmitPostBody = z.infer<typeof submitPostBodySchema>;

export const reviewPostBodySchema = z
  .object({
    action: z.enum(['comment', 'request_changes', 'approve']),
    message: message.default(''),
  })
  .refine((body) => body.action === 'approve' || body.message.length > 0, {
    message: 'Write what the team should know',
    path: ['message'],
    params: problemParams('required'),
  });
export type ReviewPostBody = z.infer<typeof reviewPostBodySchema>;

export const unpublishPostBodySchema = z.object({ reason: message.default('') });
export type UnpublishPostBody = z.infer<typeof unpublishPostBodySchema>;

export const versionNameBodySchema = z.object({
  name: z.string().trim().min(1, 'Give the version a name').max(80),
});
export type VersionNameBody = z.infer<typeof versionNameBodySchema>;

export const commentBodySchema = z.object({
  body: z.string().trim().min(1, 'Write a comment').max(LIMITS.commentMaxLength, 'is too long'),
});
export type CommentBody = z.infer<typeof commentBodySchema>;

export const reactionSchema = z.enum(REACTIONS, { error: 'is not one of the reactions' });

export const reportBodySchema = z.object({
  targetType: z.enum(REPORT_TARGETS),
  targetId: id,
  reason: z.string().trim().min(1, 'Say what is wrong').max(500, 'is too long'),
});
export type ReportBody = z.infer<typeof reportBodySchema>;

export const resolveReportBodySchema = z.object({
  action: z.enum(['dismiss', 'hide_comment', 'delete_comment', 'unpublish_post']),
  note: z.string().trim().max(500).default(''),
});
export type ResolveReportBody = z.infer<typeof resolveReportBodySchema>;

export const hideCommentBodySchema = z.object({ hidden: z.boolean() });

export const blogQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  mobilityId: id.optional(),
  phase: z.enum(POST_PHASES).optional(),
  theme: z.string().trim().max(60).optional(),
});
export type BlogQuery = z.infer<typeof blogQuerySchema>;

/** `GET /api/partnerships/:pid/posts`: only the review queue is offered for now. */
export const postQueueQuerySchema = z.object({ status: z.literal('submitted') });

/** Socket.IO: follow a post's comments and reactions live. */
export const postRefSchema = z.object({ itemId: id });
export type PostRef = z.infer<typeof postRefSchema>;
