import { CLOSE_CODES } from '@kopa/protocol';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

export interface RemotePerson {
  clientId: number;
  name: string;
  color: string;
}

/**
 * Who else has a document open (from Yjs awareness, as the server relays and names them),
 * and what the server's closing of the connection means for the page. Whether everything
 * is saved is the local copy's to say (offline/local-copy.ts, SaveIndicator).
 */
export function useProviderState(
  provider: WebsocketProvider | null,
  onSessionEnded: () => void,
  onAccessLost: () => void,
): { people: RemotePerson[] } {
  const [people, setPeople] = useState<RemotePerson[]>([]);

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
    const onAwareness = () => {
      const others: RemotePerson[] = [];
      provider.awareness.getStates().forEach((state, clientId) => {
        if (clientId === provider.awareness.clientID || typeof state.name !== 'string') return;
        others.push({ clientId, name: state.name, color: typeof state.color === 'string' ? state.color : '#545c6b' });
      });
      setPeople(others);
    };
    // The provider is announced before it connects, so the initial state (nobody) holds.
    provider.on('connection-close', onClose);
    provider.awareness.on('change', onAwareness);
    return () => {
      provider.off('connection-close', onClose);
      provider.awareness.off('change', onAwareness);
    };
  }, [provider, onSessionEnded, onAccessLost]);

  return { people };
}
