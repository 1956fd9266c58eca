import { imageFileUrl, storedWidths } from '@kopa/editor';
import { integerField, stringField, type JsonNode } from './lexical-json.js';
import { isUploadId, safeUrl } from './urls.js';

/**
 * Where the variant `width` pixels wide of upload `uploadId` is found: the server's
 * `/files/<id>/<width>.webp` (the default), a static site's `files/<id>-<width>.webp`,
 * a showcase's absolute URL. Whatever it returns is checked like any other URL.
 */
export type ImageUrl = (uploadId: string, width: number) => string;

export const defaultImageUrl: ImageUrl = imageFileUrl;

/** The width `src` points to: enough for a reading column on a 2× screen, without the largest files. */
export const PREFERRED_SRC_WIDTH = 1280;

export interface Picture {
  uploadId: string;
  altText: string;
  /** The largest variant's size (the picture's aspect ratio). */
  width: number;
  height: number;
  src: string;
  /** `url 320w, url 640w, …`, every stored variant. */
  srcset: string;
}

/**
 * A picture node's sources, or null when it names no upload, has no usable size,
 * or the caller's URLs are not ones output may carry.
 */
export function pictureOf(node: JsonNode, imageUrl: ImageUrl): Picture | null {
  const uploadId = node.uploadId;
  const width = integerField(node, 'width');
  const height = integerField(node, 'height');
  if (!isUploadId(uploadId) || width === null || width <= 0 || width > 100_000) return null;
  const widths = storedWidths(width);
  const candidates: { width: number; url: string }[] = [];
  for (const variantWidth of widths) {
    const url = safeUrl(imageUrl(uploadId, variantWidth), 'resource');
    // A srcset candidate is split on whitespace and commas: a URL holding either would be misread.
    if (url === null || /[\s,]/.test(url)) return null;
    candidates.push({ width: variantWidth, url });
  }
  const preferred = candidates.filter((candidate) => candidate.width <= PREFERRED_SRC_WIDTH).at(-1) ?? candidates[0];
  if (!preferred) return null;
  return {
    uploadId,
    altText: stringField(node, 'altText').trim(),
    width,
    height: height !== null && height > 0 && height <= 100_000 ? height : 0,
    src: preferred.url,
    srcset: candidates.map((candidate) => `${candidate.url} ${candidate.width}w`).join(', '),
  };
}
