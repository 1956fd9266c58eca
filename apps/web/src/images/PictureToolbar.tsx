import { Toolbar } from '../editor/Toolbar';
import { PictureTools } from './PictureTools';
import { UploadStatus } from './UploadStatus';
import { usePictureDropAndPaste } from './use-picture-drop-and-paste';
import { usePictureUploads } from './use-picture-uploads';

/**
 * The editor's toolbar with pictures: the picker and camera buttons, pictures
 * dropped or pasted into the writing area, and their progress and problems under it.
 */
export function PictureToolbar({ spaceId }: { spaceId: string }) {
  const { pending, problems, add, dismiss } = usePictureUploads(spaceId);
  usePictureDropAndPaste(add);
  return (
    <Toolbar extraTools={(tool) => <PictureTools tool={tool} onFiles={add} />}>
      <UploadStatus pending={pending} problems={problems} onDismiss={dismiss} />
    </Toolbar>
  );
}
