import type { PublishedGlossaryTerm } from '../publishing/glossary-html.js';
import type { UploadRepository } from '../uploads/upload-repository.js';
import type { GlossaryTermRecord } from './glossary-repository.js';

/** Where the exports and the showcase read a partnership's glossary (GlossaryRepository fits). */
export interface GlossarySource {
  approvedTermsOf(partnershipId: string): GlossaryTermRecord[];
}

/**
 * The glossary as it leaves Kopa (exports, showcase): the approved terms only (a proposal is not the
 * partnership's word yet), with their pictures, never who proposed them. Whoever shows them takes
 * off the pictures that show a pupil without photo consent.
 */
export function publishedTermsOf(source: GlossarySource, uploads: Pick<UploadRepository, 'find'>, partnershipId: string): PublishedGlossaryTerm[] {
  return source.approvedTermsOf(partnershipId).map((term) => {
    const upload = term.uploadId ? uploads.find(term.uploadId) : null;
    const picture = upload && upload.partnershipId === partnershipId ? upload.image : null;
    return { id: term.id, translations: term.translations, picture, pictureAlt: picture ? term.pictureAlt : '' };
  });
}
