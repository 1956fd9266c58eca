import { useSyncExternalStore } from 'react';

const query = '(pointer: coarse)';
// One list for the page: matchMedia makes a new one on every call, and the snapshot is read on every render.
let list: MediaQueryList | null = null;
const coarse = () => (list ??= window.matchMedia(query));

const subscribe = (onChange: () => void) => {
  coarse().addEventListener('change', onChange);
  return () => coarse().removeEventListener('change', onChange);
};

/** True on phones and tablets: a finger is the main way to point. */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, () => coarse().matches, () => false);
}
