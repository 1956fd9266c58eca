import { z } from 'zod';
import type { ItemType } from './api-types.js';
import type { Credit } from './blog-types.js';

/**
 * The public showcase: a partnership's page for the world at `/showcase/<slug>`, no login.
 * Only items a teacher approved appear, as the version approved; pupils by display name and
 * country, and only with their publication consent. Shapes of the showcase's REST routes
 * (docs/api.md, "Public showcase").
 */

/** `GET|PUT /api/partnerships/:pid/showcase`. */
export interface ShowcaseSettings {
  partnershipId: string;
  enabled: boolean;
  /** Chosen from the title the first time the showcase is turned on, and kept from then on. */
  slug: string | null;
  /** `/showcase/<slug>` once there is a slug (the client puts its own address in front). */
  path: string | null;
  /** Items approved for the public, shown or not. */
  approvedItems: number;
  /** May turn it on and off: the coordinator. */
  canSwitch: boolean;
}

export const showcaseSwitchBodySchema = z.object({ enabled: z.boolean({ error: 'must be true or false' }) });
export type ShowcaseSwitchBody = z.infer<typeof showcaseSwitchBodySchema>;

/** Why an approved item is not on the public showcase right now. */
export const PUBLIC_HIDDEN_REASONS = [
  /** The coordinator has not turned the showcase on (or turned it off). */
  'showcase_off',
  /** A picture in it shows a pupil without photo consent (consent withdrawn, or marked since). */
  'photo_consent',
  /** A blog post that is no longer published in the partnership's blog. */
  'not_published',
] as const;
export type PublicHiddenReason = (typeof PUBLIC_HIDDEN_REASONS)[number];

/** `GET|PUT|DELETE /api/items/:itemId/public`: where an item stands with the public. */
export interface ItemPublicState {
  itemId: string;
  type: ItemType;
  /** A teacher approved a version of it for the public. */
  approved: boolean;
  approvedAt: number | null;
  approvedBy: Credit | null;
  /** The title as approved (the public sees this one, even after a rename). */
  approvedTitle: string | null;
  /** On the showcase now: approved, the showcase is on, and nothing keeps it off. */
  shown: boolean;
  /** Why an approved item is not shown (null when shown, or not approved). */
  hiddenBecause: PublicHiddenReason | null;
  /** `/showcase/<slug>/items/<itemId>` while shown. */
  publicPath: string | null;
  /**
   * In what approving now would freeze (a document's or board's content as it is, a post's published
   * version): the pictures that show a pupil without photo consent. Approving is refused while > 0.
   */
  picturesWithoutConsent: number;
  /** Posts: only a version published in the partnership's blog can go public. */
  needsPublishing: boolean;
  /** May approve it (teachers and the coordinator; not while archived). */
  canApprove: boolean;
  /** May withdraw it (teachers and the coordinator, archived or not). */
  canWithdraw: boolean;
}

/** `GET /api/partnerships/:pid/schools/:schoolId/consents`, `PUT /api/partnerships/:pid/members/:userId/consent`. */
export interface PupilConsent {
  userId: string;
  /** Pictures showing this pupil may be published. */
  photo: boolean;
  /** This pupil may be named (display name and country) in public; without it: "a pupil from <country>". */
  publication: boolean;
  /** When a teacher last set it (null: never set, so no consent). */
  setAt: number | null;
  setBy: Credit | null;
}

export const pupilConsentBodySchema = z
  .object({
    photo: z.boolean({ error: 'must be true or false' }).optional(),
    publication: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((body) => body.photo !== undefined || body.publication !== undefined, 'Say which consent changes');
export type PupilConsentBody = z.infer<typeof pupilConsentBodySchema>;

/** A pupil marked as shown in a picture. */
export interface PicturePerson {
  userId: string;
  displayName: string;
  country: string | null;
  /** For teachers and the coordinator only (null for others): whether the pupil's photo consent is given. */
  photoConsent: boolean | null;
  /** Whether the caller may take this mark away (teachers and the coordinator). */
  canUnmark: boolean;
}

/** `GET /api/uploads/:uploadId/people`: who a picture shows, as marked by teachers (or the pupils themselves). */
export interface PicturePeople {
  uploadId: string;
  people: PicturePerson[];
  /** May mark any pupil of the partnership (teachers and the coordinator). */
  canMarkOthers: boolean;
  /** May mark themselves (a pupil who recognises themselves). */
  canMarkSelf: boolean;
}
