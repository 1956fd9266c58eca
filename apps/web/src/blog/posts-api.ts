import type { ItemSummary, PostDetail, ReviewPostBody, UpdatePostBody } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { spacePath } from '../api/api-paths';

const post = (itemId: string) => `/posts/${encodeURIComponent(itemId)}`;

/** The REST calls of writing and reviewing a post (docs/api.md, "Posts"). */
export const postsApi = {
  create: (spaceId: string, title: string) => apiRequest<ItemSummary>('POST', `${spacePath(spaceId)}/items`, { type: 'post', title }),
  post: (itemId: string) => apiRequest<PostDetail>('GET', post(itemId)),
  update: (itemId: string, body: UpdatePostBody) => apiRequest<PostDetail>('PATCH', post(itemId), body),
  // The workflow's answers are not relied on: the page fetches the post again (it also hears 'post:changed').
  submit: (itemId: string, message: string) => apiRequest<unknown>('POST', `${post(itemId)}/submit`, { message }),
  review: (itemId: string, body: ReviewPostBody) => apiRequest<unknown>('POST', `${post(itemId)}/review`, body),
  publish: (itemId: string) => apiRequest<unknown>('POST', `${post(itemId)}/publish`, {}),
  unpublish: (itemId: string, reason: string) => apiRequest<unknown>('POST', `${post(itemId)}/unpublish`, { reason }),
};
