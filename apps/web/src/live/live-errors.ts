import type { MessageId } from '@kopa/i18n';
import type { LiveCommand } from '@kopa/protocol';

/**
 * What to tell the user when the server refuses a live command, by the ack's
 * `code` (docs/api.md, "Live sessions"; the server's own sentence is English,
 * this is in the reader's language). `conflict` means different things per
 * command, so the command is asked for.
 */
export function liveErrorMessage(code: string | undefined, command?: LiveCommand): MessageId {
  switch (code) {
    case 'timeout':
    case 'network':
      return 'live.error.network';
    case 'forbidden':
      return 'live.error.forbidden';
    case 'not_found':
      return 'live.error.ended';
    case 'muted':
      return 'live.error.muted';
    case 'too_fast':
      return 'live.error.slowMode';
    case 'rate_limited':
      return 'live.error.tooFast';
    case 'invalid_request':
      return 'live.error.invalid';
    case 'conflict':
      if (command === 'live:poll-vote') return 'live.error.pollClosed';
      if (command === 'live:start') return 'live.error.archived';
      return 'live.error.conflict';
    default:
      return 'live.error.generic';
  }
}
