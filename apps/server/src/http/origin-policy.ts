import type { IncomingMessage } from 'node:http';

/**
 * Which web pages may use a user's cookie to talk to Kopa. Cookies ride along
 * on cross-site WebSocket upgrades and form posts alike, and CORS protects
 * neither, so every upgrade and every write checks the Origin header here.
 *
 * Allowed: no Origin at all (not a browser, so no ambient cookie to abuse), the
 * app's own origin (same host as the request), and the configured allow-list.
 */
export class OriginPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(
    allowedOrigins: readonly string[],
    private readonly trustProxy: boolean,
  ) {
    this.allowed = new Set(allowedOrigins);
  }

  isAllowed(request: Pick<IncomingMessage, 'headers'>): boolean {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (this.allowed.has(origin)) return true;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return false; // includes the opaque origin "null"
    }
    return originHost !== '' && originHost === this.requestHost(request);
  }

  private requestHost(request: Pick<IncomingMessage, 'headers'>): string | undefined {
    const forwarded = this.trustProxy ? request.headers['x-forwarded-host'] : undefined;
    const host = Array.isArray(forwarded) ? forwarded[0] : (forwarded?.split(',')[0]?.trim() ?? request.headers.host);
    return host?.toLowerCase();
  }
}
