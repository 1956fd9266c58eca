import { useSyncExternalStore } from 'react';
import type { Viewport } from '../viewport';
import type { ViewportStore } from './viewport-store';

/** The live viewport, for the small things drawn in screen space. */
export function useViewport(store: ViewportStore): Viewport {
  return useSyncExternalStore(store.subscribe, store.get);
}
