import type { PostMeta, UpdatePostBody, ValidationProblemKind } from '@kopa/protocol';
import type { PartnershipRecord } from '../directory/partnership-repository.js';
import { HttpError } from '../http/http-error.js';
import type { MobilityRepository } from '../mobilities/mobility-repository.js';
import type { UploadRepository } from '../uploads/upload-repository.js';
import type { PostMetaRecord, PostRecord } from './post-repository.js';

/** What posts need of the uploads: whose a picture is, and the cover to show. */
export type UploadLookup = Pick<UploadRepository, 'find' | 'imageIn'>;

export interface PostMetaDeps {
  mobilities: MobilityRepository;
  uploads: UploadLookup;
}

/** A 400 naming the field, with its problem without words for the web app to say in the reader's language. */
const invalid = (field: string, kind: ValidationProblemKind, message: string) =>
  new HttpError(400, 'invalid_request', `${field}: ${message}`, { field, problem: { kind } });

/**
 * Applies a metadata change to a post, checked against its partnership: a mobility of
 * the partnership, its themes, its working languages (any code when it has none set)
 * and a picture uploaded in it. A phase belongs to a mobility, so clearing the
 * mobility clears the phase.
 */
export function changedMeta(deps: PostMetaDeps, partnership: PartnershipRecord, post: PostRecord, body: UpdatePostBody): PostMetaRecord {
  const meta: PostMetaRecord = {
    language: body.language ?? post.language,
    themes: body.themes ? [...new Set(body.themes)] : post.themes,
    mobilityId: body.mobilityId === undefined ? post.mobilityId : body.mobilityId,
    phase: body.phase === undefined ? post.phase : body.phase,
    coverUploadId: body.coverUploadId === undefined ? post.coverUploadId : body.coverUploadId,
    coverAlt: body.coverAlt ?? post.coverAlt,
  };
  if (body.language !== undefined && partnership.languages.length > 0 && !partnership.languages.includes(meta.language)) {
    throw invalid('language', 'not_in_partnership', `the partnership works in ${partnership.languages.join(', ')}`);
  }
  const unknownTheme = body.themes?.find((theme) => !partnership.themes.includes(theme));
  if (unknownTheme !== undefined) {
    const known = partnership.themes.length > 0 ? `its themes are: ${partnership.themes.join(', ')}` : 'it has no themes yet';
    throw invalid('themes', 'not_in_partnership', `"${unknownTheme}" is not a theme of the partnership (${known})`);
  }
  if (body.mobilityId && deps.mobilities.find(body.mobilityId)?.partnershipId !== partnership.id) {
    throw invalid('mobilityId', 'not_in_partnership', 'not a mobility of this partnership');
  }
  if (meta.mobilityId === null) {
    if (body.phase) throw invalid('phase', 'needs_visit_first', 'choose the mobility first: the phase says before, during or after which visit');
    meta.phase = null;
  }
  if (body.coverUploadId && deps.uploads.find(body.coverUploadId)?.partnershipId !== partnership.id) {
    throw invalid('coverUploadId', 'not_in_partnership', 'not a picture uploaded in this partnership');
  }
  return meta;
}

/** The metadata as the API shows it, with the cover picture's variants. */
export function describeMeta(uploads: UploadLookup, partnershipId: string, post: PostRecord): PostMeta {
  return {
    language: post.language,
    themes: post.themes,
    mobilityId: post.mobilityId,
    phase: post.phase,
    cover: post.coverUploadId ? uploads.imageIn(partnershipId, post.coverUploadId) : null,
    coverAlt: post.coverAlt,
  };
}

/**
 * A new post's language: the first of the writer's school languages the partnership
 * works in, else the partnership's first working language, else the school's.
 */
export function defaultLanguage(partnership: PartnershipRecord | null, schoolLanguages: readonly string[]): string {
  const working = partnership?.languages ?? [];
  return schoolLanguages.find((language) => working.length === 0 || working.includes(language)) ?? working[0] ?? '';
}
