import type { MessageId, MessageValues } from '@kopa/i18n';
import { LIMITS } from '@kopa/protocol';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from '../i18n/error-message';
import { isSvg } from './upload-picture';

type Translate = (id: MessageId, values?: MessageValues) => string;

/** Why a picture could not be added, in the pupil's words and language, naming the file. */
export function uploadErrorMessage(error: unknown, file: File, t: Translate): string {
  const name = file.name || 'image';
  const code = error instanceof ApiRequestError ? error.code : 'internal';
  switch (code) {
    case 'unsupported_image':
      return t(isSvg(file) ? 'images.error.svg' : 'images.error.unsupported', { name });
    case 'payload_too_large':
      return t('images.error.tooBig', { name, megabytes: LIMITS.maxUploadBytes / (1024 * 1024) });
    case 'forbidden':
      return t('images.error.forbidden');
    default:
      return t('images.error.other', { name, reason: errorMessage(error, t) });
  }
}
