import type { LiveSessionAnnouncement } from '@kopa/protocol';

/** Running sessions, one per id (the newer copy wins), oldest first. */
export function mergeAnnouncements(
  list: readonly LiveSessionAnnouncement[],
  incoming: readonly LiveSessionAnnouncement[],
): LiveSessionAnnouncement[] {
  const byId = new Map(list.map((session) => [session.id, session]));
  for (const session of incoming) byId.set(session.id, session);
  return [...byId.values()].sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
}

export function dropAnnouncement(list: readonly LiveSessionAnnouncement[], sessionId: string): LiveSessionAnnouncement[] {
  return list.filter((session) => session.id !== sessionId);
}

/** What the banner offers: sessions this person is not in and has not put off with "Not now". */
export function invitations(
  list: readonly LiveSessionAnnouncement[],
  joinedId: string | null,
  dismissed: ReadonlySet<string>,
): LiveSessionAnnouncement[] {
  return list.filter((session) => session.id !== joinedId && !dismissed.has(session.id));
}

/** The session running in one space, if there is one (the newest, should there be two). */
export function sessionInSpace(list: readonly LiveSessionAnnouncement[], spaceId: string): LiveSessionAnnouncement | null {
  const here = list.filter((session) => session.spaceId === spaceId);
  return here[here.length - 1] ?? null;
}
