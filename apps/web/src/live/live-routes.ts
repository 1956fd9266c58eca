import type { ItemType, LiveSpotlight } from '@kopa/protocol';

/** Where each kind of item opens in the web app (App.tsx's routes). */
const ROUTE_OF: Record<ItemType, string> = { doc: '/items/', board: '/boards/', post: '/posts/' };

export function itemHref(type: ItemType, itemId: string): string {
  return `${ROUTE_OF[type]}${encodeURIComponent(itemId)}`;
}

export interface OpenItem {
  type: ItemType;
  itemId: string;
}

/** The item a path opens, if it opens one: `/boards/b1` → board b1. */
export function itemFromPath(path: string): OpenItem | null {
  const match = /^\/(items|boards|posts)\/([^/?#]+)\/?$/.exec(path);
  if (!match) return null;
  const type: ItemType = match[1] === 'boards' ? 'board' : match[1] === 'posts' ? 'post' : 'doc';
  try {
    return { type, itemId: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}

export interface FollowInput {
  spotlight: Pick<LiveSpotlight, 'itemId' | 'itemType' | 'at' | 'follow'> | null;
  path: string;
  /** The spotlight the follower was last brought to (its `at`), so each one moves them only once. */
  seenAt: number | null;
  /** Hosts lead; they are never moved. */
  host: boolean;
  /** Whether "keep them here" holds this person (pupils and guests; not other teachers). */
  keepable: boolean;
}

export type FollowStep = { kind: 'stay' } | { kind: 'bring'; href: string; at: number } | { kind: 'return'; href: string };

/**
 * What following the spotlight asks now: go to a spotlight the first time it
 * comes, come back to it while "keep them here" holds, or nothing.
 */
export function followStep({ spotlight, path, seenAt, host, keepable }: FollowInput): FollowStep {
  if (!spotlight || host) return { kind: 'stay' };
  const href = itemHref(spotlight.itemType, spotlight.itemId);
  const there = itemFromPath(path)?.itemId === spotlight.itemId;
  if (spotlight.at !== seenAt) return there ? { kind: 'bring', href: '', at: spotlight.at } : { kind: 'bring', href, at: spotlight.at };
  if (spotlight.follow && keepable && !there) return { kind: 'return', href };
  return { kind: 'stay' };
}
