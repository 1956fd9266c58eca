import { LIMITS, type ApiError, type UploadedImage } from '@kopa/protocol';
import { ApiRequestError } from '../api/api-client';
import { spacePath } from '../api/api-paths';

export interface PictureUpload {
  /** The stored picture, or an ApiRequestError (codes as the server's, plus "network" and "aborted"). */
  done: Promise<UploadedImage>;
  abort(): void;
}

/** SVG may hold scripts: the server refuses it, so it is not even sent. */
export function isSvg(file: File): boolean {
  return file.type === 'image/svg+xml' || /\.svgz?$/i.test(file.name);
}

/**
 * Sends one picture to `POST /api/spaces/:spaceId/uploads`, the file itself as the
 * body. XMLHttpRequest rather than fetch (api-client.ts): only it reports upload
 * progress, which a pupil on a slow school network needs to see.
 * Files the server would refuse anyway (too big, SVG) fail here without being sent.
 */
export function uploadPicture(spaceId: string, file: File, onProgress: (fraction: number) => void): PictureUpload {
  return uploadPictureTo(`${spacePath(spaceId)}/uploads`, file, onProgress);
}

/** The same, to another route that takes a picture's bytes (`path` under /api, e.g. a glossary's pictures). */
export function uploadPictureTo(path: string, file: File, onProgress: (fraction: number) => void): PictureUpload {
  if (file.size > LIMITS.maxUploadBytes) {
    return refused(new ApiRequestError(413, 'payload_too_large', 'The picture is bigger than 10 MB.'));
  }
  if (isSvg(file)) return refused(new ApiRequestError(415, 'unsupported_image', 'SVG drawings cannot be uploaded.'));

  const request = new XMLHttpRequest();
  const done = new Promise<UploadedImage>((resolve, reject) => {
    request.open('POST', `/api${path}`);
    request.responseType = 'json';
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) return resolve(request.response as UploadedImage);
      const error = (request.response ?? {}) as Partial<ApiError>;
      reject(
        new ApiRequestError(
          request.status,
          error.code ?? (request.status >= 500 ? 'internal' : 'invalid_request'),
          error.error ?? request.statusText,
          error.field,
          undefined,
          error.problem,
        ),
      );
    };
    request.onerror = () => reject(new ApiRequestError(0, 'network', 'The server cannot be reached.'));
    request.onabort = () => reject(new ApiRequestError(0, 'aborted', 'The upload was stopped.'));
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}

function refused(error: ApiRequestError): PictureUpload {
  return { done: Promise.reject(error), abort: () => {} };
}
