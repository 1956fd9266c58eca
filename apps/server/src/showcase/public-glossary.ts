import type { PublishedGlossaryTerm } from '../publishing/glossary-html.js';

/**
 * The hook through which the glossary (apps/server/src/glossary) shows a partnership's approved terms
 * on its showcase: their words and pictures, never who proposed them. The showcase takes off any
 * picture that shows a pupil without photo consent, and serves only the pictures of terms it shows.
 */
export type PublicGlossaryLister = (partnershipId: string) => PublishedGlossaryTerm[];

/** No glossary: nothing to show. */
export const listNoPublicGlossary: PublicGlossaryLister = () => [];
