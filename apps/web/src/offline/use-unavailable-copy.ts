import { useEffect } from 'react';
import { ApiRequestError } from '../api/api-client';
import { settleUnavailableCopy } from './settle-unavailable-copy';

/**
 * On an item's page: when the server says the item cannot be opened (403, 404), what this
 * device kept of it is settled (its unsaved text kept to copy, the copy deleted).
 */
export function useUnavailableCopy(userId: string, itemId: string, failure: unknown): void {
  const unavailable = failure instanceof ApiRequestError && (failure.status === 403 || failure.status === 404);
  useEffect(() => {
    if (!unavailable) return;
    settleUnavailableCopy(userId, itemId).catch((error: unknown) => console.error('A copy kept on this device could not be settled', error));
  }, [unavailable, userId, itemId]);
}
