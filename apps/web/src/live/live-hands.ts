import type { LiveParticipant, RaisedHand } from '@kopa/protocol';

export interface QueuedHand {
  userId: string;
  raisedAt: number;
  /** 1 for the first hand up. */
  position: number;
  person: LiveParticipant | undefined;
}

/** Raised hands in the order they went up (ties by id, so every screen agrees). */
export function handQueue(hands: readonly RaisedHand[], participants: readonly LiveParticipant[]): QueuedHand[] {
  const people = new Map(participants.map((person) => [person.userId, person]));
  return [...hands]
    .sort((a, b) => a.raisedAt - b.raisedAt || a.userId.localeCompare(b.userId))
    .map((hand, index) => ({ userId: hand.userId, raisedAt: hand.raisedAt, position: index + 1, person: people.get(hand.userId) }));
}

/** Where my hand is in the queue (1 = next), or null when it is down. */
export function myPlace(hands: readonly RaisedHand[], userId: string): number | null {
  const place = handQueue(hands, []).find((hand) => hand.userId === userId);
  return place ? place.position : null;
}
