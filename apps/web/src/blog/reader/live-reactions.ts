import { REACTIONS, type Reaction, type ReactionCount } from '@kopa/protocol';

/**
 * Every reaction of the fixed set with its count and whether it is mine. Broadcasts say
 * `mine: false` for everyone, so the reader's own choices are kept apart and laid over.
 */
export function reactionBar(counts: readonly ReactionCount[], mine: ReadonlySet<Reaction>): ReactionCount[] {
  return REACTIONS.map((emoji) => ({
    emoji,
    count: counts.find((reaction) => reaction.emoji === emoji)?.count ?? 0,
    mine: mine.has(emoji),
  }));
}

/** My reactions as the server last said (only its own answers to me know them). */
export function mineOf(counts: readonly ReactionCount[]): Set<Reaction> {
  return new Set(counts.filter((reaction) => reaction.mine).map((reaction) => reaction.emoji));
}
