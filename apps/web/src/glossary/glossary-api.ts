import type { CreateGlossaryTermInput, GlossaryList, GlossaryTerm, UpdateGlossaryTermBody } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { partnershipPath } from '../api/api-paths';
import { uploadPictureTo, type PictureUpload } from '../images/upload-picture';

const termPath = (termId: string) => `/glossary/${encodeURIComponent(termId)}`;

/** The glossary's REST calls (docs/api.md, "Glossary"). */
export const glossaryApi = {
  list: (partnershipId: string) => apiRequest<GlossaryList>('GET', `${partnershipPath(partnershipId)}/glossary`),
  propose: (partnershipId: string, body: CreateGlossaryTermInput) => apiRequest<GlossaryTerm>('POST', `${partnershipPath(partnershipId)}/glossary`, body),
  update: (termId: string, body: UpdateGlossaryTermBody) => apiRequest<GlossaryTerm>('PATCH', termPath(termId), body),
  approve: (termId: string) => apiRequest<GlossaryTerm>('POST', `${termPath(termId)}/approve`),
  remove: (termId: string) => apiRequest<void>('DELETE', termPath(termId)),
  /** A term's picture: through the partnership's glossary, so pupils outside any team may bring one too. */
  uploadPicture: (partnershipId: string, file: File, onProgress: (fraction: number) => void): PictureUpload =>
    uploadPictureTo(`${partnershipPath(partnershipId)}/glossary/pictures`, file, onProgress),
};
