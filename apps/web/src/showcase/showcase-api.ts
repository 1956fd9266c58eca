import type { ItemPublicState, PicturePeople, PupilConsent, PupilConsentBody, ShowcaseSettings } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { itemPath, partnershipPath } from '../api/api-paths';

const at = (id: string) => encodeURIComponent(id);

/** The public showcase's REST calls (docs/api.md, "Public showcase"). */
export const showcaseApi = {
  settings: (pid: string) => apiRequest<ShowcaseSettings>('GET', `${partnershipPath(pid)}/showcase`),
  setEnabled: (pid: string, enabled: boolean) => apiRequest<ShowcaseSettings>('PUT', `${partnershipPath(pid)}/showcase`, { enabled }),
  itemState: (itemId: string) => apiRequest<ItemPublicState>('GET', `${itemPath(itemId)}/public`),
  approve: (itemId: string) => apiRequest<ItemPublicState>('PUT', `${itemPath(itemId)}/public`),
  withdraw: (itemId: string) => apiRequest<ItemPublicState>('DELETE', `${itemPath(itemId)}/public`),
  consents: (pid: string, schoolId: string) => apiRequest<PupilConsent[]>('GET', `${partnershipPath(pid)}/schools/${at(schoolId)}/consents`),
  setConsent: (pid: string, userId: string, body: PupilConsentBody) =>
    apiRequest<PupilConsent>('PUT', `${partnershipPath(pid)}/members/${at(userId)}/consent`, body),
  picturePeople: (uploadId: string) => apiRequest<PicturePeople>('GET', `/uploads/${at(uploadId)}/people`),
  mark: (uploadId: string, userId: string) => apiRequest<PicturePeople>('PUT', `/uploads/${at(uploadId)}/people/${at(userId)}`),
  unmark: (uploadId: string, userId: string) => apiRequest<PicturePeople>('DELETE', `/uploads/${at(uploadId)}/people/${at(userId)}`),
};

/** The full address of a public page, to show and to pass on. */
export const publicUrl = (path: string) => `${window.location.origin}${path}`;
