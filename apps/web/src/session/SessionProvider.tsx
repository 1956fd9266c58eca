import type { Me } from '@kopa/protocol';
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiRequestError } from '../api/api-client';
import { clearOfflineCaches } from '../service-worker/register-service-worker';
import { kopaApi } from '../api/kopa-api';
import { useForgetCopiesOnLogout } from '../offline/use-forget-copies-on-logout';
import { useSavedLocale } from '../i18n/use-saved-locale';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; me: Me }
  | { status: 'unreachable'; retry(): void };

export interface SessionApi {
  session: SessionState;
  login(username: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  /** Asks the server again (after a connection said the session ended). */
  refresh(): void;
  /** The server has just signed this browser in another way (joining with an invite link). */
  signedIn(me: Me): void;
}

export const SessionContext = createContext<SessionApi | null>(null);

/** Who is logged in, according to the server (the cookie itself is httpOnly). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(() => {
    kopaApi.me().then(
      (me) => setSession({ status: 'signed-in', me }),
      (error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 401) setSession({ status: 'signed-out' });
        else setSession({ status: 'unreachable', retry: refresh });
      },
    );
  }, []);

  useEffect(refresh, [refresh]);

  const login = useCallback(async (username: string, password: string) => {
    const me = await kopaApi.login(username, password);
    setSession({ status: 'signed-in', me });
    return me;
  }, []);

  const logout = useCallback(async () => {
    await kopaApi.logout().catch(() => undefined);
    // A shared school laptop: the next pupil must not find this one's pages kept for offline use.
    await clearOfflineCaches();
    setSession({ status: 'signed-out' });
  }, []);

  const signedIn = useCallback((me: Me) => setSession({ status: 'signed-in', me }), []);
  // Signed out (here or elsewhere): this person's copies kept on the device that the server has are deleted.
  useForgetCopiesOnLogout(session.status === 'signed-in' ? session.me.id : null, session.status === 'signed-out');
  // Their language, as chosen on any device, once the server says who they are.
  useSavedLocale(session.status === 'signed-in' ? session.me : null);

  const value = useMemo(() => ({ session, login, logout, refresh, signedIn }), [session, login, logout, refresh, signedIn]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
