/** Where the REST resources live under /api, with ids made safe for a path. */
export const partnershipPath = (partnershipId: string) => `/partnerships/${encodeURIComponent(partnershipId)}`;
export const spacePath = (spaceId: string) => `/spaces/${encodeURIComponent(spaceId)}`;
export const itemPath = (itemId: string) => `/items/${encodeURIComponent(itemId)}`;
