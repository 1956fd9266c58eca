import type { InstanceInfo, ItemDetail, ItemSummary, Me, SpaceSummary } from '@kopa/protocol';
import { apiRequest } from './api-client';
import { itemPath, spacePath } from './api-paths';

/** Every REST call the web app makes (see docs/api.md). */
export const kopaApi = {
  instance: () => apiRequest<InstanceInfo>('GET', '/instance'),
  me: () => apiRequest<Me>('GET', '/me'),
  login: (username: string, password: string) => apiRequest<Me>('POST', '/auth/login', { username, password }),
  logout: () => apiRequest<void>('POST', '/auth/logout'),
  spaces: () => apiRequest<SpaceSummary[]>('GET', '/spaces'),
  item: (itemId: string) => apiRequest<ItemDetail>('GET', itemPath(itemId)),
  createDocument: (spaceId: string, title: string) =>
    apiRequest<ItemSummary>('POST', `${spacePath(spaceId)}/items`, { type: 'doc', title }),
};
