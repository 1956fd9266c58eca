import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../api/api-client';
import { useT } from '../i18n/use-t';
import { insertPicture } from './insert-picture';
import { uploadErrorMessage } from './upload-error-message';
import { uploadPicture, type PictureUpload } from './upload-picture';

/** A picture on its way: shown under the toolbar (not in the document, where partners would see a half-made block). */
export interface PendingPicture {
  id: number;
  name: string;
  /** A local preview of the file, until the server's copy is in the document. */
  preview: string;
  /** 0…1, or null while the browser has not said yet. */
  progress: number | null;
}

export interface PictureProblem {
  id: number;
  message: string;
}

/**
 * Uploads pictures to a space one after another and puts each into the document
 * when it is stored. Files from one choice or drop arrive in the order given.
 */
export function usePictureUploads(spaceId: string) {
  const t = useT();
  const [editor] = useLexicalComposerContext();
  const [pending, setPending] = useState<PendingPicture[]>([]);
  const [problems, setProblems] = useState<PictureProblem[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const nextId = useRef(0);
  const [active] = useState(() => new Set<PictureUpload>());

  // Leaving the page stops what is still being sent.
  useEffect(() => () => active.forEach((upload) => upload.abort()), [active]);

  const add = useCallback(
    (files: readonly File[]) => {
      setProblems([]);
      for (const file of files) {
        const id = ++nextId.current;
        const preview = URL.createObjectURL(file);
        setPending((list) => [...list, { id, name: file.name, preview, progress: null }]);
        const setProgress = (progress: number) =>
          setPending((list) => list.map((item) => (item.id === id ? { ...item, progress } : item)));
        queue.current = queue.current.then(async () => {
          const upload = uploadPicture(spaceId, file, setProgress);
          active.add(upload);
          try {
            insertPicture(editor, await upload.done);
          } catch (error) {
            if (!(error instanceof ApiRequestError && error.code === 'aborted')) {
              setProblems((list) => [...list, { id, message: uploadErrorMessage(error, file, t) }]);
            }
          } finally {
            active.delete(upload);
            URL.revokeObjectURL(preview);
            setPending((list) => list.filter((item) => item.id !== id));
          }
        });
      }
    },
    [active, editor, spaceId, t],
  );

  const dismiss = useCallback((id: number) => setProblems((list) => list.filter((problem) => problem.id !== id)), []);

  return { pending, problems, add, dismiss };
}
