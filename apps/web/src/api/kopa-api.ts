import type { InstanceInfo, ItemDetail, ItemSummary, Me, SpaceSummary } from '@kopa/protocol';
import { apiRequest } from './api-client';

/** Every REST call the web app makes (see docs/api.md). */
export const kopaApi = {
  instance: () => apiRequest<InstanceInfo>('GET', '/instance'),
  me: () => apiRequest<Me>('GET', '/me'),
  login: (username: string, password: string) => apiRequest<Me>('POST', '/auth/login', { username, password }),
  logout: () => apiRequest<void>('POST', '/auth/logout'),
  spaces: () => apiRequest<SpaceSummary[]>('GET', '/spaces'),
  item: (itemId: string) => apiRequest<ItemDetail>('GET', `/items/${encodeURIComponent(itemId)}`),
  createDocument: (spaceId: string, title: string) =>
    apiRequest<ItemSummary>('POST', `/spaces/${encodeURIComponent(spaceId)}/items`, { type: 'doc', title }),
};
