import type { PostTranslations, PostTranslationSummary } from '@kopa/protocol';
import { apiRequest } from '../../api/api-client';

const translations = (itemId: string) => `/posts/${encodeURIComponent(itemId)}/translations`;

/** A post's versions in other languages (docs/api.md, "Parallel texts"). */
export const translationsApi = {
  list: (itemId: string) => apiRequest<PostTranslations>('GET', translations(itemId)),
  add: (itemId: string, language: string) => apiRequest<PostTranslationSummary>('POST', translations(itemId), { language }),
  remove: (itemId: string, language: string) => apiRequest<void>('DELETE', `${translations(itemId)}/${encodeURIComponent(language)}`),
};
