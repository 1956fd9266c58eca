/**
 * "Since when" a host takes back a pupil's changes: the start of the lesson, or
 * the last few minutes. Times are the server's (`since` is compared with the
 * server's record of each change), so this device's clock is corrected first.
 */

/** The "last few minutes" offered, besides the whole lesson. */
export const SINCE_MINUTES = [5, 10, 30] as const;

export interface SinceOption {
  /** Stable key for a select: "start" or the minutes. */
  key: string;
  /** null: since the lesson started. */
  minutes: number | null;
  /** Milliseconds since the epoch, on the server's clock. */
  since: number;
}

/**
 * The choices at `serverNow`: the whole lesson first, then the last 30, 10 and 5
 * minutes (wider to narrower), each only when it begins after the lesson did
 * (before that it would be the whole lesson again).
 */
export function sinceOptions(startedAt: number, serverNow: number): SinceOption[] {
  const options: SinceOption[] = [{ key: 'start', minutes: null, since: startedAt }];
  for (const minutes of [...SINCE_MINUTES].sort((a, b) => b - a)) {
    const since = serverNow - minutes * 60_000;
    if (since > startedAt) options.push({ key: String(minutes), minutes, since });
  }
  return options;
}

/** The option with this key now, or the first (the whole lesson) when it is no longer offered. */
export function chosenSince(options: readonly SinceOption[], key: string): SinceOption {
  return options.find((option) => option.key === key) ?? options[0]!;
}

/** The chosen span as it stands at `deviceNow` (when the host asks: "the last 5 minutes" means from now). */
export function sinceNow(startedAt: number, key: string, offset: number, deviceNow: number = Date.now()): SinceOption {
  return chosenSince(sinceOptions(startedAt, serverTime(deviceNow, offset)), key);
}

/** The server's clock now, from this device's: `offset` is clockOffset(state.now, receivedAt). */
export function serverTime(deviceNow: number, offset: number): number {
  return deviceNow + offset;
}

/** A server time as this device's clock shows it (for "since 10:42" in the host's own time). */
export function deviceTime(serverMs: number, offset: number): number {
  return serverMs - offset;
}
