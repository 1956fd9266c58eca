import type { Role } from './roles.js';
import type { SpaceKind } from './permissions.js';

/** The JSON shapes of Kopa's REST API (see docs/api.md). */

export const ITEM_TYPES = ['doc', 'board', 'post'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  schoolId: string | null;
  /** ISO 3166-1 alpha-2 code of the user's school, null for guests. */
  country: string | null;
  partnershipId: string | null;
}

export interface ItemSummary {
  id: string;
  type: ItemType;
  title: string;
  docId: string;
  /** Whether the current user may change it (the server enforces the same rule). */
  canEdit: boolean;
}

/** One item with the space it lives in (`GET /api/items/:id`). */
export interface ItemDetail extends ItemSummary {
  space: { id: string; title: string; kind: SpaceKind };
}

export interface SpaceSummary {
  id: string;
  title: string;
  partnershipId: string;
  kind: SpaceKind;
  /** Whether the current user may add items here. */
  canEdit: boolean;
  items: ItemSummary[];
}

/** `GET /api/instance`: what the login page needs to know about this Kopa. */
export interface InstanceInfo {
  /** The demo partnership is offered (the login page shows its accounts). */
  demo: boolean;
}

export interface ApiError {
  error: string;
  /** A stable machine-readable reason the web app translates. */
  code?: string;
  /** The request field at fault, for validation errors. */
  field?: string;
  /** For rate limits: when to try again. */
  retryAfterSeconds?: number;
}

export const API_ERROR_CODES = [
  'invalid_request',
  'invalid_credentials',
  'too_many_attempts',
  'unauthenticated',
  'forbidden',
  'not_found',
  'foreign_origin',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
