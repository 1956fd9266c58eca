import type { Credit, UploadedImage } from './blog-types.js';

/**
 * The partnership's shared glossary: one term is one meaning, written in each of the partnership's
 * working languages, with an optional picture. Pupils and teachers propose terms; a teacher approves
 * them, and only approved terms are highlighted in posts and documents. Shapes of
 * `/api/partnerships/:pid/glossary` and `/api/glossary/:termId` (docs/api.md).
 */

/** Bounds the server enforces on a term; forms keep within them. */
export const GLOSSARY_LIMITS = {
  /** One language's word or phrase. */
  textMaxLength: 80,
  pictureAltMaxLength: 300,
  /** Terms one partnership may hold (a glossary is a word list, not a dictionary). */
  termsMax: 2000,
} as const;

export const GLOSSARY_STATUSES = ['proposed', 'approved'] as const;
export type GlossaryStatus = (typeof GLOSSARY_STATUSES)[number];

/** A term's words: BCP 47 language code (`lv`, `pt-BR`) → the word or phrase in that language. */
export type GlossaryTranslations = Record<string, string>;

export interface GlossaryTerm {
  id: string;
  partnershipId: string;
  /** At least one; only among the partnership's working languages (those it dropped since stay readable). */
  translations: GlossaryTranslations;
  picture: UploadedImage | null;
  /** The picture's description for those who cannot see it ('' without a picture). */
  pictureAlt: string;
  status: GlossaryStatus;
  /** Who proposed it; null once they are gone. Shown to the partnership's members only, never in public. */
  createdBy: Credit | null;
  createdAt: number;
  updatedAt: number;
  /** The reader may approve, change and delete it (the server enforces the same rule). */
  canModerate: boolean;
}

/** `GET /api/partnerships/:pid/glossary`: the terms the caller may read, and what they may do. */
export interface GlossaryList {
  partnershipId: string;
  /** The working languages terms are written in, in the partnership's order. */
  languages: string[];
  /** Approved terms for guests; approved and proposed ones for everyone else. */
  terms: GlossaryTerm[];
  /** May propose terms (pupils, teachers, the coordinator; never guests, never while archived). */
  canPropose: boolean;
  /** May approve, change and delete terms (teachers and the coordinator, not while archived). */
  canModerate: boolean;
}
