import { useCallback, useState } from 'react';

/**
 * The server refused changes this page made while it could not write (typed in the
 * moment before a teacher's lock reached it), and will refuse everything built on them
 * (close code 4409). The page then opens a fresh copy of the item: `generation` goes up
 * (a new Y.Doc, a new connection) and `refused` tells the page to say why.
 */
export function useRefusedEdits(onAccessLost: () => void): { generation: number; refused: boolean; onEditsRefused(): void } {
  const [generation, setGeneration] = useState(0);
  const onEditsRefused = useCallback(() => {
    setGeneration((current) => current + 1);
    // The rights may have changed too: look again.
    onAccessLost();
  }, [onAccessLost]);
  return { generation, refused: generation > 0, onEditsRefused };
}
