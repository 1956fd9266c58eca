/**
 * A problem the operator can fix (bad setting, unreadable database, port in use).
 * main.ts prints its message alone, without a stack trace.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}
