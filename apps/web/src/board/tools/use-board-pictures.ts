import type { BoardModel } from '@kopa/board';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { uploadErrorMessage } from '../../images/upload-error-message';
import { uploadPicture, type PictureUpload } from '../../images/upload-picture';
import type { Point } from '../viewport';

/** A new picture's longer side on the board, in board units. */
const PICTURE_SIZE = 480;

export interface BoardPictures {
  /** Opens the file chooser; the picture lands centred on `at`. */
  pick(at: Point): void;
  /** Uploads a dropped or pasted picture, centred on `at`. */
  uploadAt(file: File, at: Point): void;
  /** For the hidden file input's onChange. */
  onFileChosen(event: React.ChangeEvent<HTMLInputElement>): void;
  /** Upload progress 0–1, or null. */
  progress: number | null;
  error: string | null;
  dismissError(): void;
}

/**
 * Adding a picture to the board: choose a file, upload it through the picture
 * pipeline (metadata stripped, WebP variants), place it, then ask for a
 * description (`onPlaced` opens that).
 */
export function useBoardPictures(
  model: BoardModel,
  spaceId: string,
  fileInput: React.RefObject<HTMLInputElement | null>,
  onPlaced: (id: string) => void,
): BoardPictures {
  const t = useT();
  const target = useRef<Point>({ x: 0, y: 0 });
  const upload = useRef<PictureUpload | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => upload.current?.abort(), []);

  const pick = useCallback(
    (at: Point) => {
      target.current = at;
      fileInput.current?.click();
    },
    [fileInput],
  );

  const uploadAt = (file: File, at: Point) => {
    setError(null);
    setProgress(0);
    const started = uploadPicture(spaceId, file, setProgress);
    upload.current = started;
    started.done.then(
      (image) => {
        upload.current = null;
        setProgress(null);
        const scale = Math.min(1, PICTURE_SIZE / Math.max(image.width, image.height, 1));
        const w = Math.round(image.width * scale);
        const h = Math.round(image.height * scale);
        const id = model.add({ type: 'image', uploadId: image.id, alt: '', largestWidth: image.width, x: Math.round(at.x - w / 2), y: Math.round(at.y - h / 2), w, h });
        onPlaced(id);
      },
      (reason: unknown) => {
        upload.current = null;
        setProgress(null);
        setError(uploadErrorMessage(reason, file, t));
      },
    );
  };

  const onFileChosen = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) uploadAt(file, target.current);
  };

  return { pick, uploadAt, onFileChosen, progress, error, dismissError: () => setError(null) };
}
