/** Why a live command was refused; the acknowledgement carries the code and the message. */
export type LiveErrorCode = 'invalid_request' | 'not_found' | 'forbidden' | 'conflict' | 'muted' | 'too_fast' | 'rate_limited' | 'internal';

export class LiveCommandError extends Error {
  constructor(
    readonly code: LiveErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const sessionNotFound = () => new LiveCommandError('not_found', 'This live session is not running.');
export const notAllowed = (what: string) => new LiveCommandError('forbidden', `Only ${what}.`);
