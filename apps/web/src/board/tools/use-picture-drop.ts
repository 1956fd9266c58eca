import { useEffect, type RefObject } from 'react';
import { screenToBoard, type Point } from '../viewport';
import type { ViewportStore } from '../canvas/viewport-store';

function pictureIn(files: FileList | undefined | null): File | null {
  return Array.from(files ?? []).find((file) => file.type.startsWith('image/')) ?? null;
}

/**
 * Pictures dropped onto the board land where they are dropped; pictures pasted
 * while the board has focus land in the middle of the view.
 */
export function usePictureDrop(
  element: RefObject<HTMLElement | null>,
  store: ViewportStore,
  enabled: boolean,
  upload: RefObject<(file: File, at: Point) => void>,
) {
  useEffect(() => {
    const root = element.current;
    if (!root || !enabled) return;
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = pictureIn(event.dataTransfer?.files);
      if (!file) return;
      event.preventDefault();
      const rect = root.getBoundingClientRect();
      upload.current(file, screenToBoard(store.get(), { x: event.clientX - rect.left, y: event.clientY - rect.top }));
    };
    const onPaste = (event: ClipboardEvent) => {
      if (document.activeElement !== root) return;
      const file = pictureIn(event.clipboardData?.files);
      if (!file) return;
      event.preventDefault();
      const viewport = store.get();
      upload.current(file, screenToBoard(viewport, { x: viewport.width / 2, y: viewport.height / 2 }));
    };
    root.addEventListener('dragover', onDragOver);
    root.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      root.removeEventListener('dragover', onDragOver);
      root.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [element, store, enabled, upload]);
}
