import { fileTypeFromBuffer } from 'file-type';
import { HttpError } from '../http/http-error.js';

/** The formats Kopa takes, by the MIME type file-type reports, with the decoder sharp must agree on. */
const ACCEPTED = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  // An animated PNG decodes as a PNG (its first frame).
  'image/apng': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
} as const;

export type SharpFormat = (typeof ACCEPTED)[keyof typeof ACCEPTED];

export interface ImageType {
  mime: keyof typeof ACCEPTED;
  format: SharpFormat;
}

export const unsupportedImage = () =>
  new HttpError(415, 'unsupported_image', 'This file is not a picture Kopa can use: choose a JPG, PNG, WebP or GIF.');

const svgRefused = () =>
  new HttpError(
    415,
    'unsupported_image',
    'Drawings in SVG format cannot be uploaded (they can carry scripts): save the drawing as a PNG or JPG and upload that.',
  );

/**
 * What the bytes are, whatever the file was called or the browser said: only the
 * allow-listed raster formats pass.
 */
export async function sniffImageType(bytes: Uint8Array): Promise<ImageType> {
  const found = await fileTypeFromBuffer(bytes);
  if (found && found.mime in ACCEPTED) {
    const mime = found.mime as keyof typeof ACCEPTED;
    return { mime, format: ACCEPTED[mime] };
  }
  // file-type does not recognise SVG (it is text); the check only picks the clearer message,
  // since anything not on the list above is refused either way.
  if (!found || found.ext === 'xml') {
    if (looksLikeSvg(bytes)) throw svgRefused();
  }
  throw unsupportedImage();
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return /<svg[\s>/]/i.test(head);
}
