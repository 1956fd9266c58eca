import { pino, type Logger } from 'pino';
import type { KopaConfig } from './config.js';

export type { Logger };

/** JSON logs (one line per event) that any log shipper can read. */
export function createLogger(level: KopaConfig['logLevel']): Logger {
  return pino({ level, base: { app: 'kopa' } });
}
