import { describe, expect, it } from 'vitest';
import { clockOffset } from './live-countdown';
import { chosenSince, deviceTime, serverTime, sinceNow, sinceOptions } from './revert-since';

const MINUTE = 60_000;

describe('sinceOptions', () => {
  const startedAt = 1_700_000_000_000;

  it('offers the whole lesson, then the last 30, 10 and 5 minutes once the lesson is that long', () => {
    const now = startedAt + 45 * MINUTE;
    expect(sinceOptions(startedAt, now)).toEqual([
      { key: 'start', minutes: null, since: startedAt },
      { key: '30', minutes: 30, since: now - 30 * MINUTE },
      { key: '10', minutes: 10, since: now - 10 * MINUTE },
      { key: '5', minutes: 5, since: now - 5 * MINUTE },
    ]);
  });

  it('leaves out spans that reach back before the lesson began', () => {
    const now = startedAt + 7 * MINUTE;
    expect(sinceOptions(startedAt, now).map((option) => option.key)).toEqual(['start', '5']);
    expect(sinceOptions(startedAt, startedAt + 5 * MINUTE).map((option) => option.key)).toEqual(['start']);
    expect(sinceOptions(startedAt, startedAt + 30_000)).toEqual([{ key: 'start', minutes: null, since: startedAt }]);
  });

  it('keeps the chosen span while it is offered, else falls back to the whole lesson', () => {
    const options = sinceOptions(startedAt, startedAt + 12 * MINUTE);
    expect(chosenSince(options, '10').minutes).toBe(10);
    expect(chosenSince(options, '30').key).toBe('start');
  });

  it('counts "the last minutes" from the moment asked', () => {
    const offset = 0;
    expect(sinceNow(startedAt, '5', offset, startedAt + 20 * MINUTE).since).toBe(startedAt + 15 * MINUTE);
    expect(sinceNow(startedAt, '5', offset, startedAt + 2 * MINUTE).since).toBe(startedAt);
  });
});

describe('clock correction', () => {
  it('counts back from the server’s clock, and shows times on this device’s', () => {
    // The server's clock is 90 s ahead of this device's.
    const receivedAt = 1_700_000_000_000;
    const offset = clockOffset(receivedAt + 90_000, receivedAt);
    const deviceNow = receivedAt + 10_000;
    const now = serverTime(deviceNow, offset);
    expect(now).toBe(receivedAt + 100_000);
    const fiveMinutes = sinceOptions(now - 20 * MINUTE, now).find((option) => option.minutes === 5);
    expect(fiveMinutes!.since).toBe(now - 5 * MINUTE);
    // Five minutes before now on this device's own clock.
    expect(deviceTime(fiveMinutes!.since, offset)).toBe(deviceNow - 5 * MINUTE);
  });
});
