import { Camera, ImagePlus } from 'lucide-react';
import { useRef, type ChangeEvent } from 'react';
import { ToolButton, type ToolStop } from '../editor/Toolbar';
import { useT } from '../i18n/use-t';
import { useCoarsePointer } from './use-coarse-pointer';

export interface PictureToolsProps {
  tool(key: string): ToolStop;
  onFiles(files: File[]): void;
}

/**
 * The toolbar's picture buttons. "Take a photo" opens the camera, and is offered
 * only where a finger is the pointer (phones, tablets): on a laptop browsers ignore
 * `capture` and it would open the same file picker as "Add a picture" a second time.
 */
export function PictureTools({ tool, onFiles }: PictureToolsProps) {
  const t = useT();
  const pickerRef = useRef<HTMLInputElement>(null);
  const cameraRef = useRef<HTMLInputElement>(null);
  const canTakePhoto = useCoarsePointer();

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared so that choosing the same file again is a change too.
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };

  return (
    <>
      <ToolButton {...tool('picture')} label={t('images.add')} onClick={() => pickerRef.current?.click()}>
        <ImagePlus size={20} />
      </ToolButton>
      {canTakePhoto ? (
        <ToolButton {...tool('photo')} label={t('images.takePhoto')} onClick={() => cameraRef.current?.click()}>
          <Camera size={20} />
        </ToolButton>
      ) : null}
      <input ref={pickerRef} type="file" accept="image/*" multiple hidden onChange={chosen} />
      <input ref={cameraRef} type="file" accept="image/*" capture="environment" hidden onChange={chosen} />
    </>
  );
}
