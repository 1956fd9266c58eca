import type { ItemType } from '@kopa/protocol';

/**
 * The hook through which the inventory of good practices (apps/server/src/practices) shows a
 * partnership's public practices on its showcase: `PracticeRepository.publicPracticesOf`
 * fits it. The showcase renders them as text; links only when they are http(s), or when they
 * name an item that is itself shown on the showcase (under its approved title).
 */
export interface ShowcasePractice {
  id: string;
  title: string;
  summary: string;
  targetGroup: string;
  outcomes: string;
  themes: readonly string[];
  /** ISO 3166-1 alpha-2. */
  countries: readonly string[];
  /** Language codes. */
  languages: readonly string[];
  links: readonly ({ kind: 'item'; itemId: string; title: string; type: ItemType } | { kind: 'url'; url: string; label: string })[];
}

/** The partnership's practices marked public, in the order to show them. */
export type PublicPracticesLister = (partnershipId: string) => readonly ShowcasePractice[];

/** No inventory: nothing to show. */
export const listNoPublicPractices: PublicPracticesLister = () => [];
