import { describe, expect, it } from 'vitest';
import { liveErrorMessage } from './live-errors';

describe('liveErrorMessage', () => {
  it('says what went wrong in the reader’s language, by code', () => {
    expect(liveErrorMessage('timeout')).toBe('live.error.network');
    expect(liveErrorMessage('forbidden')).toBe('live.error.forbidden');
    expect(liveErrorMessage('not_found')).toBe('live.error.ended');
    expect(liveErrorMessage('muted')).toBe('live.error.muted');
    expect(liveErrorMessage('too_fast')).toBe('live.error.slowMode');
    expect(liveErrorMessage('rate_limited')).toBe('live.error.tooFast');
    expect(liveErrorMessage('invalid_request')).toBe('live.error.invalid');
  });

  it('reads a conflict by the command it answers', () => {
    expect(liveErrorMessage('conflict', 'live:poll-vote')).toBe('live.error.pollClosed');
    expect(liveErrorMessage('conflict', 'live:start')).toBe('live.error.archived');
    expect(liveErrorMessage('conflict', 'live:open')).toBe('live.error.conflict');
  });

  it('falls back to a general sentence', () => {
    expect(liveErrorMessage(undefined)).toBe('live.error.generic');
    expect(liveErrorMessage('internal')).toBe('live.error.generic');
  });
});
