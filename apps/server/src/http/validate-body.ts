import { describeValidationError } from '@kopa/protocol';
import type { z } from 'zod';
import { HttpError } from './http-error.js';

/** Parses a request body with a zod schema, or fails with a 400 that names the bad field. */
export function validateBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const { message, field } = describeValidationError(result.error);
  throw new HttpError(400, 'invalid_request', message, field ? { field } : {});
}
