import { useEffect } from 'react';
import { readCopies } from './copies-store';

/**
 * Once signed in (the home page, where a login lands): work written offline and not yet
 * saved is sent, without opening the items. The code that sends it (Yjs, the provider)
 * loads only when there is something to send, so the home page stays light.
 */
export function useSendUnsavedCopies(userId: string): void {
  useEffect(() => {
    if (!readCopies(userId).some((copy) => copy.unsaved)) return;
    const stop = new AbortController();
    import('./send-unsaved-copies')
      .then(({ sendUnsavedCopies }) => sendUnsavedCopies(userId, stop.signal))
      .catch((error: unknown) => console.warn('Work kept on this device could not be sent yet', error));
    return () => stop.abort();
  }, [userId]);
}
