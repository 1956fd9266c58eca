import { useEffect, type RefObject } from 'react';

/** While a popup is open, a press (mouse, touch or pen) anywhere outside `root` closes it. */
export function useCloseOnOutsidePress(root: RefObject<HTMLElement | null>, open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [root, open, close]);
}
