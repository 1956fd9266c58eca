import { useEffect, useRef } from 'react';
import { forgetSavedCopies } from './forget-saved-copies';

/**
 * When the person who was signed in is signed out (logged out here or elsewhere, session
 * ended), their saved local copies are deleted. After the pages have closed their copies:
 * effects run once the signed-out screen is in place.
 */
export function useForgetCopiesOnLogout(userId: string | null, signedOut: boolean): void {
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (userId) last.current = userId;
    else if (signedOut && last.current) {
      const leaving = last.current;
      last.current = null;
      void forgetSavedCopies(leaving);
    }
  }, [userId, signedOut]);
}
