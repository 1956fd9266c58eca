import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { itemPath, spacePath } from '../api/api-paths';


/** One space and the items in it: rename, reorder, archive, delete, and the teachers' bin (see docs/api.md). */
export const spaceApi = {
  space: (spaceId: string) => apiRequest<SpaceSummary>('GET', spacePath(spaceId)),
  /** Deleted items, newest first (teachers only). */
  bin: (spaceId: string) => apiRequest<ItemSummary[]>('GET', `${spacePath(spaceId)}/bin`),
  reorder: (spaceId: string, itemIds: string[]) => apiRequest<SpaceSummary>('POST', `${spacePath(spaceId)}/items/order`, { itemIds }),
  rename: (itemId: string, title: string) => apiRequest<ItemSummary>('PATCH', itemPath(itemId), { title }),
  setArchived: (itemId: string, archived: boolean) => apiRequest<ItemSummary>('PATCH', itemPath(itemId), { archived }),
  remove: (itemId: string) => apiRequest<void>('DELETE', itemPath(itemId)),
  restore: (itemId: string) => apiRequest<ItemSummary>('POST', `${itemPath(itemId)}/restore`),
};
