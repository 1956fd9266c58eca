import type { Role } from './roles.js';
import type { SpaceKind } from './permissions.js';
import type { PostStatus } from './blog-types.js';

/** The JSON shapes of Kopa's REST API (see docs/api.md). */

export const ITEM_TYPES = ['doc', 'board', 'post'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** A board is a free canvas, or a Padlet-like wall where notes flow into named columns. */
export const BOARD_LAYOUTS = ['canvas', 'wall'] as const;
export type BoardLayout = (typeof BOARD_LAYOUTS)[number];

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  schoolId: string | null;
  /** ISO 3166-1 alpha-2 code of the user's school, null for guests. */
  country: string | null;
  partnershipId: string | null;
  /** The instance administrator (creates partnerships); not a role inside one. */
  isAdmin: boolean;
  /** The interface language the person chose (a Kopa locale such as `lv`), kept across devices; null until chosen. */
  locale: string | null;
}

export interface ItemSummary {
  id: string;
  type: ItemType;
  title: string;
  docId: string;
  /** Whether the current user may change it (the server enforces the same rule). */
  canEdit: boolean;
  /** Archived items are kept but read-only and listed apart. */
  archived: boolean;
  /** Locked by a teacher: pupils may look but not change it (the server enforces it). */
  locked: boolean;
  /** Boards only: a small picture of the board, for lists (`/api/items/:id/thumbnail.webp?v=…`). */
  thumbnailUrl?: string;
  /** Posts only: where the post stands in the review workflow. */
  postStatus?: PostStatus;
  /** The language it is written in (BCP 47, `lv`; '' when not said): a document's or board's own, a post's post language. */
  language?: string;
}

/** One item with the space it lives in (`GET /api/items/:id`). */
export interface ItemDetail extends ItemSummary {
  space: { id: string; title: string; kind: SpaceKind };
  /** Whether the current user may lock and unlock it (moderating: teachers; the server enforces the same rule). */
  canModerate: boolean;
}

export interface SpaceSummary {
  id: string;
  title: string;
  partnershipId: string;
  kind: SpaceKind;
  teamId: string | null;
  mobilityId: string | null;
  /** Whether the current user may add items here. */
  canEdit: boolean;
  /** Whether the current user may restore deleted items and archive the space (teachers). */
  canManage: boolean;
  /** The user's own: the whole partnership's space, their teams', the mobilities they travel on. */
  mine: boolean;
  items: ItemSummary[];
}

/** `GET /api/instance`: what the login page needs to know about this Kopa. */
export interface InstanceInfo {
  /** The demo partnership is offered (the login page shows its accounts). */
  demo: boolean;
}

export const LICENCES = ['CC-BY-SA-4.0', 'CC-BY-4.0', 'CC-BY-NC-SA-4.0', 'CC0-1.0'] as const;
export type Licence = (typeof LICENCES)[number];

export interface School {
  id: string;
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  languages: string[];
}

export interface PartnershipSummary {
  id: string;
  title: string;
  role: Role;
  state: 'active' | 'archived';
}

export interface Partnership extends PartnershipSummary {
  referenceCode: string | null;
  /** ISO dates (YYYY-MM-DD). */
  startDate: string | null;
  endDate: string | null;
  themes: string[];
  /** Working languages, as language codes. */
  languages: string[];
  licence: Licence;
  schools: School[];
  /** What the current user may do here (mirrors can()). */
  canManage: boolean;
  canModerate: boolean;
  /** May export the whole partnership (a backup): its coordinator, archived or not. */
  canExport: boolean;
}

export interface MemberSummary {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  schoolId: string | null;
  country: string | null;
  active: boolean;
}

/** A pupil account as its teacher sees it. */
export interface PupilAccount {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
}

/** A new or reset pupil account, with the password shown once for the login card. */
export interface PupilCredentials extends PupilAccount {
  password: string;
}

export interface Team {
  id: string;
  partnershipId: string;
  name: string;
  spaceId: string;
  memberIds: string[];
  /** Who they are, for everyone in the partnership to see (pupils cannot list members). */
  members: TeamMember[];
  /** Archived teams keep their space, read-only. */
  archived: boolean;
}

/** A team member as chips and lists show them: first name and school country, never a username. */
export interface TeamMember {
  userId: string;
  displayName: string;
  role: Role;
  schoolId: string | null;
  country: string | null;
}

/** Someone travelling on a visit, as every member of the partnership may see them. */
export interface Traveller {
  userId: string;
  displayName: string;
  role: Role;
  country: string | null;
}

export interface Mobility {
  id: string;
  partnershipId: string;
  title: string;
  hostSchoolId: string;
  city: string;
  startDate: string;
  endDate: string;
  travellerIds: string[];
  /** The same people with their names, by country then name. */
  travellers: Traveller[];
  spaceId: string;
  /** Removed from the calendar: its diary is kept, read-only. */
  archived: boolean;
}

export const INVITE_KINDS = ['coordinator', 'school', 'guest'] as const;
export type InviteKind = (typeof INVITE_KINDS)[number];

/** An invite link as its maker sees it: the link itself is passed on by hand (no mail server). */
export interface Invite {
  id: string;
  kind: InviteKind;
  partnershipId: string;
  /** The path to open, e.g. `/join/<token>`; prefix it with the server's address. */
  path: string;
  label: string;
  schoolId: string | null;
  /** Epoch milliseconds, or null for no expiry. */
  expiresAt: number | null;
  revoked: boolean;
  uses: number;
  /** Whether the caller may revoke it (its maker, or the coordinator). */
  canRevoke: boolean;
}

/** A partnership as the instance administrator sees it (`/api/admin/partnerships`). */
export interface AdminPartnership {
  id: string;
  title: string;
  referenceCode: string | null;
  startDate: string | null;
  endDate: string | null;
  state: 'active' | 'archived';
  schoolCount: number;
  memberCount: number;
  /** Who accepted the coordinator invite (display names); empty until someone has. */
  coordinators: string[];
  /** The coordinator invite links, to show again until they are used. */
  invites: Invite[];
}

/** `POST /api/admin/partnerships`: the new partnership and the coordinator's invite link. */
export interface CreatedPartnership {
  partnership: AdminPartnership;
  invite: Invite;
}

/** What an invite link says before it is accepted (`GET /api/invites/:token`, no login needed). */
export interface InvitePreview {
  kind: InviteKind;
  partnershipTitle: string;
  schoolName: string | null;
  label: string;
}

export interface ApiError {
  error: string;
  /** A stable machine-readable reason the web app translates. */
  code?: string;
  /** The request field at fault, for validation errors. */
  field?: string;
  /** For rate limits: when to try again. */
  retryAfterSeconds?: number;
  /** For `invalid_request`: what is wrong with `field`, without words, so the web app can say it in the reader's language. */
  problem?: ValidationProblem;
}

/** What can be wrong with a refused field (`ApiError.problem`); `error` keeps an English sentence for logs and API users. */
export const VALIDATION_PROBLEM_KINDS = [
  'required',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'invalid_format',
  'invalid_choice',
  'invalid',
  // Checked against the partnership after the schema passed (a rule of the schema may name one too: `problemParams`).
  /** A theme, language, country, visit, school, picture, item or person that is not part of this partnership. */
  'not_in_partnership',
  /** An end date before the start date. */
  'ends_before_start',
  /** A visit starting before the partnership starts or ending after it ends. */
  'outside_partnership_dates',
  /** A post that already has a version in this language. */
  'language_taken',
  /** A version in the language the post itself is written in. */
  'same_as_original',
  /** A picture without words for those who cannot see it. */
  'picture_needs_description',
  /** A post's phase (before, during, after) without the visit it belongs to. */
  'needs_visit_first',
] as const;
export type ValidationProblemKind = (typeof VALIDATION_PROBLEM_KINDS)[number];

export interface ValidationProblem {
  kind: ValidationProblemKind;
  /** The bound that was crossed: characters for text (too_short, too_long), entries for lists or the number itself (too_few, too_many). */
  limit?: number;
}

export const API_ERROR_CODES = [
  'invalid_request',
  'invalid_credentials',
  'account_disabled',
  'too_many_attempts',
  'unauthenticated',
  'forbidden',
  'not_found',
  'foreign_origin',
  'conflict',
  'invite_invalid',
  'payload_too_large',
  'unsupported_image',
  'alt_text_missing',
  'wrong_status',
  'consent_missing',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
