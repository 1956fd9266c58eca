import type { BoardLayout, InstanceInfo, ItemDetail, ItemSummary, LiveSessionAnnouncement, Me, SpaceSummary } from '@kopa/protocol';
import { apiRequest } from './api-client';
import { itemPath, partnershipPath, spacePath } from './api-paths';

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
  /** A board; a wall starts with the given columns (named in the creator's language). */
  createBoard: (spaceId: string, title: string, layout: BoardLayout, columns: string[]) =>
    apiRequest<ItemSummary>('POST', `${spacePath(spaceId)}/items`, { type: 'board', title, layout, columns }),
  /** Teachers: a locked item is read-only for pupils. */
  setLocked: (itemId: string, locked: boolean) => apiRequest<ItemSummary>('PATCH', itemPath(itemId), { locked }),
  /** Live lessons running now on spaces the user may read (the banner offers to join them). */
  liveSessions: (partnershipId: string) =>
    apiRequest<{ sessions: LiveSessionAnnouncement[] }>('GET', `${partnershipPath(partnershipId)}/live-sessions`),
};
