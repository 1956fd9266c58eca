import type { MessageId } from '@kopa/i18n';
import type { Reaction } from '@kopa/protocol';

/** What each reaction means, for screen readers and tooltips: an emoji alone is read out differently everywhere. */
export const REACTION_NAMES: Record<Reaction, MessageId> = {
  '👍': 'blog.reaction.like',
  '❤️': 'blog.reaction.love',
  '😂': 'blog.reaction.funny',
  '😮': 'blog.reaction.wow',
  '👏': 'blog.reaction.clap',
  '🎉': 'blog.reaction.party',
};
