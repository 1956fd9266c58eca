import type { ApiError } from '@kopa/protocol';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { HttpError } from './http-error.js';

/** Every failure leaves as JSON `{error, code}`; internals are logged, never sent. */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const known = toHttpError(error);
    if (!known) logger.error({ err: error, method: request.method, url: request.originalUrl }, 'request failed');
    const failure = known ?? new HttpError(500, 'internal', 'Something went wrong on the server.');
    const body: ApiError = { error: failure.message, code: failure.code, ...failure.details };
    if (failure.details.retryAfterSeconds) response.setHeader('Retry-After', String(failure.details.retryAfterSeconds));
    response.status(failure.status).json(body);
  };
}

/** Unknown /api paths get a JSON 404 rather than the web app's page. */
export const apiNotFound: RequestHandler = (request, _response, next) => {
  next(new HttpError(404, 'not_found', `No API endpoint ${request.method} ${request.path}.`));
};

function toHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  // body-parser's errors carry a status and a type.
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed') return new HttpError(400, 'invalid_request', 'The request body is not valid JSON.');
  if (type === 'entity.too.large') return new HttpError(413, 'invalid_request', 'The request body is too large.');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new HttpError(415, 'invalid_request', 'Send the request body as UTF-8 JSON.');
  }
  return null;
}
