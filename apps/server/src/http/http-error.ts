import type { ApiErrorCode, ValidationProblem } from '@kopa/protocol';

/** An error with the status and JSON body the client should receive. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: { field?: string; retryAfterSeconds?: number; problem?: ValidationProblem } = {},
  ) {
    super(message);
  }
}

export const unauthenticated = () => new HttpError(401, 'unauthenticated', 'Log in first.');
export const forbidden = () => new HttpError(403, 'forbidden', 'You do not have access to this.');
export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found.`);

/** Goes on only when can() said yes. */
export function demand(allowed: boolean): void {
  if (!allowed) throw forbidden();
}
