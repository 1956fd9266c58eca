import { useEffect, useSyncExternalStore } from 'react';
import { useControlSocket } from '../live/ControlSocketProvider';
import { useMe } from '../session/use-session';
import { glossaryStore, type GlossaryState, type GlossaryStore } from './glossary-store';

const NONE: GlossaryState = { status: 'loading' };
const noSubscription = () => () => {};

/**
 * The reader's partnership's glossary, kept fresh: fetched again when the server says it changed
 * (`glossary:changed`, to every member's open pages) and when the tab comes back into focus (a
 * change missed while the connection was away). Null store for someone in no partnership.
 */
export function useGlossary(): { state: GlossaryState; store: GlossaryStore | null } {
  const { partnershipId } = useMe();
  const store = partnershipId ? glossaryStore(partnershipId) : null;
  const state = useSyncExternalStore(store?.subscribe ?? noSubscription, () => store?.current ?? NONE);
  const socket = useControlSocket();

  useEffect(() => {
    if (!store) return;
    const onChanged = (event: { partnershipId: string }) => {
      if (event.partnershipId === partnershipId) store.refresh();
    };
    socket?.on('glossary:changed', onChanged);
    // A socket that was away may have missed a change.
    socket?.io.on('reconnect', store.refresh);
    window.addEventListener('focus', store.refresh);
    return () => {
      socket?.off('glossary:changed', onChanged);
      socket?.io.off('reconnect', store.refresh);
      window.removeEventListener('focus', store.refresh);
    };
  }, [store, socket, partnershipId]);

  return { state, store };
}
