import { isStaffRole, type Role } from '@kopa/protocol';
import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { followStep } from './live-routes';
import type { JoinedSession } from './use-live-session';

/**
 * Following the host: a new spotlight brings each participant to its item once;
 * while the host keeps them there, leaving it brings them back (the item page
 * says why). Hosts are never moved; other teachers are brought but not kept.
 */
export function useSpotlightFollow(session: JoinedSession | null, role: Role): void {
  const [location, navigate] = useLocation();
  const seen = useRef<{ sessionId: string; at: number } | null>(null);
  const sessionId = session?.state.id ?? null;
  const host = session?.state.youHost ?? false;
  const keepable = !isStaffRole(role);
  // Plain values, so the effect runs when what to do could change, not for every new state.
  const spotlight = session?.state.spotlight ?? null;
  const itemId = spotlight?.itemId ?? null;
  const itemType = spotlight?.itemType ?? 'doc';
  const at = spotlight?.at ?? 0;
  const follow = spotlight?.follow ?? false;

  useEffect(() => {
    if (!sessionId) return;
    const seenAt = seen.current?.sessionId === sessionId ? seen.current.at : null;
    const step = followStep({ spotlight: itemId ? { itemId, itemType, at, follow } : null, path: location, seenAt, host, keepable });
    if (step.kind === 'bring') {
      seen.current = { sessionId, at: step.at };
      if (step.href) navigate(step.href);
    } else if (step.kind === 'return') {
      navigate(step.href, { replace: true });
    }
  }, [sessionId, itemId, itemType, at, follow, location, host, keepable, navigate]);
}
