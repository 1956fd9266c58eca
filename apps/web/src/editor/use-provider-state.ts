import { CLOSE_CODES } from '@kopa/protocol';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export interface RemotePerson {
  clientId: number;
  name: string;
  color: string;
}

/**
 * The live state of a document's connection: its status and who else has it
 * open (from Yjs awareness, as the server relays and names them).
 */
export function useProviderState(
  provider: WebsocketProvider | null,
  onSessionEnded: () => void,
  onAccessLost: () => void,
  onEditsRefused?: () => void,
): { status: ConnectionStatus; people: RemotePerson[] } {
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [people, setPeople] = useState<RemotePerson[]>([]);

  useEffect(() => {
    if (!provider) return;
    const onStatus = ({ status: next }: { status: ConnectionStatus }) => setStatus(next);
    const onClose = (event: CloseEvent | null) => {
      // 4401: the server ended our session. Let the app find out and show the login page.
      if (event?.code === CLOSE_CODES.sessionEnded) onSessionEnded();
      // 4403: this document was taken away (deleted, or rights changed): look again.
      if (event?.code === CLOSE_CODES.accessRevoked) onAccessLost();
      // 4409: changes made while this page could not write were refused: start again from the server's copy.
      if (event?.code === CLOSE_CODES.refusedEdits) onEditsRefused?.();
    };
    const onAwareness = () => {
      const others: RemotePerson[] = [];
      provider.awareness.getStates().forEach((state, clientId) => {
        if (clientId === provider.awareness.clientID || typeof state.name !== 'string') return;
        others.push({ clientId, name: state.name, color: typeof state.color === 'string' ? state.color : '#545c6b' });
      });
      setPeople(others);
    };
    // The provider is announced before it connects, so the initial state (connecting, nobody) holds.
    provider.on('status', onStatus);
    provider.on('connection-close', onClose);
    provider.awareness.on('change', onAwareness);
    return () => {
      provider.off('status', onStatus);
      provider.off('connection-close', onClose);
      provider.awareness.off('change', onAwareness);
    };
  }, [provider, onSessionEnded, onAccessLost, onEditsRefused]);

  return { status, people };
}
