import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After a submit with mistakes, puts focus on the first field marked invalid, so a keyboard or
 * screen-reader user lands on what to fix (its error is announced with it). The fields render
 * their `aria-invalid` only after the errors are set, hence the request handled after render.
 */
export function useFocusFirstInvalid<T extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);
  const focusFirstInvalid = useCallback(() => setRequest((n) => n + 1), []);
  return { ref, focusFirstInvalid };
}
