import type { Credit } from '@kopa/protocol';

/** Shown for comments and reports whose author's account is gone. */
export const FORMER_MEMBER: Credit = { userId: '', displayName: 'Former member', schoolName: null, country: null };
