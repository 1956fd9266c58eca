import type { BoardSnapshot } from '@kopa/board';
import { pictureCandidates } from '../canvas/objects/image-source';

/**
 * The board's pictures as data: URLs, so a downloaded SVG (and the PNG drawn
 * from it) shows them without Kopa: picture files are only served to members.
 * A picture that cannot be fetched is left out (the drawing then shows its empty frame).
 */
export async function inlinePictures(snapshot: BoardSnapshot): Promise<Map<string, string>> {
  const pictures = new Map(snapshot.objects.flatMap((object) => (object.type === 'image' ? [[object.uploadId, object] as const] : [])));
  const entries = await Promise.all([...pictures].map(async ([id, image]) => [id, await fetchAsDataUrl(pictureCandidates(image, 640))] as const));
  return new Map(entries.filter((entry): entry is readonly [string, string] => entry[1] !== null));
}

/** The first of `urls` that loads (640 px is plenty for a board; smaller when the picture is small). */
async function fetchAsDataUrl(urls: readonly string[]): Promise<string | null> {
  for (const url of urls) {
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) continue;
      return await blobToDataUrl(await response.blob());
    } catch {
      // The next width, or none.
    }
  }
  return null;
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The picture could not be read.'));
    reader.readAsDataURL(blob);
  });
}
