import type { MessageId, MessageValues } from '@kopa/i18n';
import { ApiRequestError } from '../api/api-client';
import { OFFLINE_NOT_CACHED } from '../service-worker/offline-caches';
import { invalidRequestMessage, type FieldLabels } from './validation-message';

type Translate = (id: MessageId, values?: MessageValues) => string;

/**
 * What went wrong, in the user's language, from any error an API call can throw. `fields` names the form's
 * fields, for a refusal shown away from the field at fault ("Title: This is too long…").
 */
export function errorMessage(error: unknown, t: Translate, fields?: FieldLabels): string {
  if (!(error instanceof ApiRequestError)) return t('error.internal');
  switch (error.code) {
    case 'network':
      return t('error.network');
    case OFFLINE_NOT_CACHED:
      return t('error.offline_not_cached');
    case 'invalid_credentials':
      return t('error.invalid_credentials');
    case 'account_disabled':
      return t('error.account_disabled');
    case 'too_many_attempts':
      return t('error.too_many_attempts', { minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
    case 'unauthenticated':
      return t('error.unauthenticated');
    case 'forbidden':
    case 'foreign_origin':
      return t('error.forbidden');
    case 'not_found':
      return t('error.not_found');
    case 'conflict':
      return t('error.conflict');
    case 'wrong_status':
      return t('error.wrong_status');
    case 'payload_too_large':
      return t('error.payload_too_large');
    case 'unsupported_image':
      return t('error.unsupported_image');
    case 'invite_invalid':
      return t('error.invite_invalid');
    case 'alt_text_missing':
      return t('error.alt_text_missing');
    case 'consent_missing':
      return t('error.consent_missing');
    case 'invalid_request':
      // A body too big to read is not a field to fix.
      if (error.status === 413) return t('error.payload_too_large');
      return invalidRequestMessage(error, t, fields);
    default:
      return t('error.internal');
  }
}
