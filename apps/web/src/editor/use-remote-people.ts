import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

export interface RemotePerson {
  clientId: number;
  name: string;
  color: string;
}

const NOBODY: RemotePerson[] = [];

/**
 * Who else has a document open (from Yjs awareness, as the server relays and names them), live.
 * Awareness changes at every caret move (ours and theirs, at every keystroke): the list is a new
 * value only when someone came, went or was renamed, so what shows it draws again only then.
 */
export function useRemotePeople(provider: WebsocketProvider | null): RemotePerson[] {
  const [people, setPeople] = useState<RemotePerson[]>(NOBODY);

  useEffect(() => {
    if (!provider) return;
    const onAwareness = () => {
      const others: RemotePerson[] = [];
      provider.awareness.getStates().forEach((state, clientId) => {
        if (clientId === provider.awareness.clientID || typeof state.name !== 'string') return;
        others.push({ clientId, name: state.name, color: typeof state.color === 'string' ? state.color : '#545c6b' });
      });
      setPeople((current) => (samePeople(current, others) ? current : others));
    };
    // The provider is announced before it connects, so the initial state (nobody) holds.
    provider.awareness.on('change', onAwareness);
    return () => provider.awareness.off('change', onAwareness);
  }, [provider]);

  return people;
}

function samePeople(a: readonly RemotePerson[], b: readonly RemotePerson[]): boolean {
  return a.length === b.length && a.every((person, index) => person.clientId === b[index]!.clientId && person.name === b[index]!.name && person.color === b[index]!.color);
}
