import { isLocale } from '@kopa/i18n';
import type { Me } from '@kopa/protocol';
import { useEffect } from 'react';
import { useLocale } from './use-t';

/**
 * The language a person chose follows them: when they sign in (or the session is checked) and
 * the server remembers a language for them, the page switches to it (and this device keeps it).
 * Without one, the device's choice (or the browser's languages) stays.
 */
export function useSavedLocale(me: Me | null): void {
  const { setLocale } = useLocale();
  const userId = me?.id ?? null;
  const saved = me && isLocale(me.locale) ? me.locale : null;
  useEffect(() => {
    if (userId && saved) setLocale(saved);
  }, [userId, saved, setLocale]);
}
