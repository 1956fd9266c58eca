import type { Me } from '@kopa/protocol';
import { useContext } from 'react';
import { SessionContext, type SessionApi } from './SessionProvider';

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}

/** The logged-in user; only for pages behind RequireSession. */
export function useMe(): Me {
  const { session } = useSession();
  if (session.status !== 'signed-in') throw new Error('useMe without a session');
  return session.me;
}
