import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Slows password guessing without locking a whole school out: failures are
 * counted per username *and address* (a stranger cannot lock a pupil's account
 * from elsewhere) and, more generously, per address alone (a class of 60 behind
 * one NAT mistyping now and then stays far below it). Successful logins cost nothing.
 */
export interface LoginLimits {
  perAccountFailures: number;
  perAddressFailures: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccountFailures: 10,
  perAddressFailures: 300,
  windowSeconds: 15 * 60,
};

export class LoginLimiter {
  private readonly perAccount: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    const common = { duration: limits.windowSeconds, blockDuration: limits.windowSeconds };
    this.perAccount = new RateLimiterMemory({ ...common, points: limits.perAccountFailures });
    this.perAddress = new RateLimiterMemory({ ...common, points: limits.perAddressFailures });
  }

  /** Seconds to wait before another attempt is allowed, or 0. */
  async blockedFor(username: string, address: string): Promise<number> {
    const [account, ip] = await Promise.all([
      this.perAccount.get(accountKey(username, address)),
      this.perAddress.get(address),
    ]);
    return Math.max(remainingBlock(account, this.perAccount.points), remainingBlock(ip, this.perAddress.points));
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(accountKey(username, address)),
      this.perAddress.penalty(address),
    ]);
  }

  async recordSuccess(username: string, address: string): Promise<void> {
    await this.perAccount.delete(accountKey(username, address));
  }
}

function accountKey(username: string, address: string): string {
  return `${username.toLowerCase()}@${address}`;
}

function remainingBlock(state: RateLimiterRes | null, points: number): number {
  if (!state || state.consumedPoints < points) return 0;
  return Math.ceil(state.msBeforeNext / 1000);
}
