import type { ApiError, ValidationProblem } from '@kopa/protocol';

/** A failed API call: the server's `{error, code, field, problem}` or, with code "network", no answer at all. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly retryAfterSeconds?: number,
    /** For `invalid_request`: what is wrong with `field`, to be said in the reader's language (never `message`, which is English). */
    readonly problem?: ValidationProblem,
  ) {
    super(message);
  }

  /** A failure that passes: no network (or not kept for offline use), or the server briefly unwell. Not a refusal. */
  get passing(): boolean {
    return this.code === 'network' || this.status === 0 || this.status >= 500;
  }
}

/** JSON over fetch, same origin, with the session cookie. */
export async function apiRequest<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'network', 'The server cannot be reached.');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload ?? {}) as Partial<ApiError>;
    throw new ApiRequestError(
      response.status,
      error.code ?? (response.status >= 500 ? 'internal' : 'invalid_request'),
      error.error ?? response.statusText,
      error.field,
      error.retryAfterSeconds,
      error.problem,
    );
  }
  return payload as T;
}
