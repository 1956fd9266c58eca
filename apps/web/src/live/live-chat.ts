import { isStaffRole, LIVE_LIMITS, type LiveChatMessage, type Role } from '@kopa/protocol';

/** How many messages the panel keeps in memory (twice what a late joiner is given). */
export const CHAT_KEEP = LIVE_LIMITS.chatHistory * 2;

/** A message added to the list: in time order, once (a message can come both in an ack and as an event). */
export function addMessage(list: readonly LiveChatMessage[], message: LiveChatMessage, keep = CHAT_KEEP): LiveChatMessage[] {
  if (list.some((existing) => existing.id === message.id)) return list as LiveChatMessage[];
  const next = [...list, message];
  // Nearly always already last; a message that overtook another goes to its place.
  if (list.length > 0 && list[list.length - 1]!.at > message.at) next.sort((a, b) => a.at - b.at);
  return next.length > keep ? next.slice(next.length - keep) : next;
}

export function removeMessage(list: readonly LiveChatMessage[], messageId: string): LiveChatMessage[] {
  return list.filter((message) => message.id !== messageId);
}

/**
 * Seconds this person must still wait before sending again in slow mode (0: may send).
 * Only pupils wait; teachers and hosts write when they need to.
 */
export function slowModeWait(slowModeSeconds: number, role: Role, lastSentAt: number | null, now: number): number {
  if (slowModeSeconds <= 0 || lastSentAt === null || isStaffRole(role)) return 0;
  return Math.max(0, Math.ceil((lastSentAt + slowModeSeconds * 1000 - now) / 1000));
}

export type ChatDraftProblem = 'empty' | 'tooLong';

export function chatDraftProblem(body: string): ChatDraftProblem | null {
  const text = body.trim();
  if (!text) return 'empty';
  if (text.length > LIVE_LIMITS.chatMaxLength) return 'tooLong';
  return null;
}

/** Messages from others that came after `seenAt`: the unread count on the Chat tab. */
export function unreadCount(list: readonly LiveChatMessage[], seenAt: number, myId: string): number {
  return list.filter((message) => message.at > seenAt && message.userId !== myId).length;
}
