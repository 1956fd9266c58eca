/** The public addresses of a showcase (all under /showcase, which the web app never claims). */
export const SHOWCASE_PREFIX = '/showcase';

export const showcasePath = (slug: string) => `${SHOWCASE_PREFIX}/${slug}`;
export const showcaseItemPath = (slug: string, itemId: string) => `${showcasePath(slug)}/items/${encodeURIComponent(itemId)}`;
/** A picture of an approved item, as the public fetches it. */
export const showcasePicturePath = (slug: string, uploadId: string, width: number) =>
  `${showcasePath(slug)}/files/${encodeURIComponent(uploadId)}/${width}.webp`;
/** The partnership's approved glossary. */
export const showcaseGlossaryPath = (slug: string) => `${showcasePath(slug)}/glossary`;
