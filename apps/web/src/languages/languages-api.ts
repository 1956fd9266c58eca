import type { ItemSummary, Me } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { itemPath } from '../api/api-paths';

/** The REST calls about languages (see docs/api.md, "Languages"). */
export const languagesApi = {
  /** The interface language the person chose, kept for every device they log in on. */
  setMyLocale: (locale: string) => apiRequest<Me>('PUT', '/me/locale', { locale }),
  /** The language a document or board is written in ('' when not said). */
  setItemLanguage: (itemId: string, language: string) => apiRequest<ItemSummary>('PUT', `${itemPath(itemId)}/language`, { language }),
};
