import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { HttpError } from '../http/http-error.js';

/** How many comments one person may write in a window (the same library as the login limiter). */
export interface CommentLimits {
  comments: number;
  windowSeconds: number;
}

/** Plenty for a lively discussion, too few to flood a post. */
export const DEFAULT_COMMENT_LIMITS: CommentLimits = { comments: 10, windowSeconds: 60 };

/** Counts each person's comments, wherever they write them from (per account, not per address). */
export class CommentLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(limits: CommentLimits = DEFAULT_COMMENT_LIMITS) {
    this.limiter = new RateLimiterMemory({ points: limits.comments, duration: limits.windowSeconds });
  }

  /** Counts one comment by `userId`, or refuses it with 429 `too_many_attempts` and when to try again. */
  async take(userId: string): Promise<void> {
    try {
      await this.limiter.consume(userId);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new HttpError(
        429,
        'too_many_attempts',
        `You are writing comments very fast. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then try again.`,
        { retryAfterSeconds: seconds },
      );
    }
  }
}
