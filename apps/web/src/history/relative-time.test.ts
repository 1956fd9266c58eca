import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const now = Date.UTC(2026, 4, 20, 12, 0, 0);
const minutes = (n: number) => n * 60_000;

describe('relativeTime', () => {
  it('calls the last minute "now"', () => {
    expect(relativeTime(now - 59_000, now)).toEqual({ value: 0, unit: 'second' });
    expect(relativeTime(now, now)).toEqual({ value: 0, unit: 'second' });
  });

  it('picks the largest unit that fits, counting whole units back', () => {
    expect(relativeTime(now - minutes(1), now)).toEqual({ value: -1, unit: 'minute' });
    expect(relativeTime(now - minutes(59), now)).toEqual({ value: -59, unit: 'minute' });
    expect(relativeTime(now - minutes(60), now)).toEqual({ value: -1, unit: 'hour' });
    expect(relativeTime(now - minutes(60 * 23 + 59), now)).toEqual({ value: -23, unit: 'hour' });
    expect(relativeTime(now - minutes(60 * 24), now)).toEqual({ value: -1, unit: 'day' });
    expect(relativeTime(now - minutes(60 * 24 * 13), now)).toEqual({ value: -1, unit: 'week' });
    expect(relativeTime(now - minutes(60 * 24 * 45), now)).toEqual({ value: -1, unit: 'month' });
    expect(relativeTime(now - minutes(60 * 24 * 800), now)).toEqual({ value: -2, unit: 'year' });
  });

  it('counts forward for a clock that runs behind the server', () => {
    expect(relativeTime(now + minutes(5), now)).toEqual({ value: 5, unit: 'minute' });
  });

  it('formats as the reader speaks with Intl.RelativeTimeFormat', () => {
    const { value, unit } = relativeTime(now - minutes(60 * 24), now);
    expect(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(value, unit)).toBe('yesterday');
    expect(new Intl.RelativeTimeFormat('lv', { numeric: 'auto' }).format(0, 'second')).toBe('tagad');
  });
});
