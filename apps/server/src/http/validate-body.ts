import { describeValidationError } from '@kopa/protocol';
import type { z } from 'zod';
import { HttpError } from './http-error.js';

/** Parses a request body with a zod schema, or fails with a 400 that names the bad field and what is wrong with it. */
export function validateBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const input = body ?? {};
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const { message, field, problem } = describeValidationError(result.error, input);
  throw new HttpError(400, 'invalid_request', message, field ? { field, problem } : { problem });
}
