import type {
  BlogEntry,
  BlogQuery,
  CommentBody,
  ModerationReport,
  PostComment,
  PublishedPost,
  Reaction,
  ReactionCount,
  ReportBody,
} from '@kopa/protocol';
import { apiRequest } from '../../api/api-client';
import { partnershipPath } from '../../api/api-paths';

const at = encodeURIComponent;
const post = (itemId: string) => `/posts/${at(itemId)}`;

/** Only the filters that are set, as a query string ("" when none). */
function queryString(query: BlogQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The REST calls of reading the blog: published posts, their comments, reactions and reports (docs/api.md). */
export const blogApi = {
  blog: (partnershipId: string, query: BlogQuery) =>
    apiRequest<BlogEntry[]>('GET', `${partnershipPath(partnershipId)}/blog${queryString(query)}`),
  published: (itemId: string) => apiRequest<PublishedPost>('GET', `${post(itemId)}/published`),
  comments: (itemId: string) => apiRequest<PostComment[]>('GET', `${post(itemId)}/comments`),
  addComment: (itemId: string, body: CommentBody) => apiRequest<PostComment>('POST', `${post(itemId)}/comments`, body),
  setCommentHidden: (commentId: string, hidden: boolean) => apiRequest<PostComment>('PATCH', `/comments/${at(commentId)}`, { hidden }),
  deleteComment: (commentId: string) => apiRequest<void>('DELETE', `/comments/${at(commentId)}`),
  react: (itemId: string, emoji: Reaction, on: boolean) =>
    apiRequest<ReactionCount[]>(on ? 'PUT' : 'DELETE', `${post(itemId)}/reactions/${at(emoji)}`),
  report: (body: ReportBody) => apiRequest<ModerationReport>('POST', '/reports', body),
};
