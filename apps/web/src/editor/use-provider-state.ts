import { CLOSE_CODES } from '@kopa/protocol';
import { useEffect } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/**
 * What the server's closing of a document's connection means for the page. Who else has it open
 * is the writers list's to show (useRemotePeople, Writers); whether everything is saved is the
 * local copy's to say (offline/local-copy.ts, SaveIndicator): neither renders the page again.
 */
export function useProviderState(provider: WebsocketProvider | null, onSessionEnded: () => void, onAccessLost: () => void): void {
  useEffect(() => {
    if (!provider) return;
    const onClose = (event: CloseEvent | null) => {
      // 4401: the server ended our session. Let the app find out and show the login page.
      if (event?.code === CLOSE_CODES.sessionEnded) onSessionEnded();
      // 4403: this document was taken away (deleted, or rights changed): look again.
      if (event?.code === CLOSE_CODES.accessRevoked) onAccessLost();
      // 4409 (changes made while this page could not write were refused) is the local copy's: it keeps
      // the text for the pupil and clears itself first, then the page opens a fresh copy (useLocalCopy).
    };
    provider.on('connection-close', onClose);
    return () => provider.off('connection-close', onClose);
  }, [provider, onSessionEnded, onAccessLost]);
}
