import { describe, expect, it } from 'vitest';
import { timeAgo } from './time-ago';

describe('timeAgo', () => {
  const now = 1_700_000_000_000;

  it('counts seconds within the first minute, after a few seconds of "now"', () => {
    expect(timeAgo(now, now)).toEqual({ value: 0, unit: 'second' });
    expect(timeAgo(now - 4_999, now)).toEqual({ value: 0, unit: 'second' });
    expect(timeAgo(now - 12_400, now)).toEqual({ value: -12, unit: 'second' });
    expect(timeAgo(now - 59_999, now)).toEqual({ value: -59, unit: 'second' });
  });

  it('then minutes, then hours', () => {
    expect(timeAgo(now - 60_000, now)).toEqual({ value: -1, unit: 'minute' });
    expect(timeAgo(now - 59 * 60_000, now)).toEqual({ value: -59, unit: 'minute' });
    expect(timeAgo(now - 125 * 60_000, now)).toEqual({ value: -2, unit: 'hour' });
  });

  it('treats a moment a little ahead (clock skew) as now', () => {
    expect(timeAgo(now + 3_000, now)).toEqual({ value: 0, unit: 'second' });
  });

  it('reads as people speak, with Intl.RelativeTimeFormat', () => {
    const { value, unit } = timeAgo(now - 12_000, now);
    expect(new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'narrow' }).format(value, unit)).toBe('12s ago');
    // Latvian puts a no-break space before the unit.
    expect(new Intl.RelativeTimeFormat('lv', { numeric: 'auto', style: 'narrow' }).format(value, unit).replace(/\s/g, ' ')).toBe('pirms 12 s');
    expect(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(0, 'second')).toBe('now');
  });
});
