import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Everything an operator can set, read once from the environment and validated. */
export interface KopaConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Seed the demo partnership into an empty database. */
  demo: boolean;
  /**
   * With the demo, its example blog posts (one published with versions in other languages).
   * Off unless set: tests build their own posts on the bare demo (KOPA_DEMO_POSTS, on by default, sets it).
   */
  demoPosts?: boolean;
  /** Origins besides the app's own that may open WebSockets and send writes (e.g. a separate front end). */
  allowedOrigins: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The built web app; the server serves it at `/`. */
  webDistDir: string;
  /** Honour X-Forwarded-* headers (set when Kopa runs behind a reverse proxy). */
  trustProxy: boolean;
  /** SQLite `synchronous`: FULL survives power loss, NORMAL only process crashes (and is faster). */
  sqliteSynchronous: 'FULL' | 'NORMAL';
  sessionDays: number;
  /** How long a document with no connections stays in memory. */
  docUnloadDelayMs: number;
  /** Fold a document's update log into a snapshot after this many updates. */
  compactAfterUpdates: number;
  /** Open sync connections one user may hold at once (tabs × documents); more are refused with 429. */
  maxConnectionsPerUser: number;
  /** A document with changes gets an automatic version once its oldest unversioned change is this old. */
  autoVersionIntervalMs: number;
  /** Quiet time after the last change to a board before its thumbnail is drawn again. */
  boardThumbnailDelayMs: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  KOPA_DATA_DIR: z.string().min(1).default('./data'),
  KOPA_DEMO: booleanFlag.default(true),
  KOPA_DEMO_POSTS: booleanFlag.default(true),
  KOPA_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url({ message: 'KOPA_ALLOWED_ORIGINS must list full origins like https://kopa.example.org' }))),
  KOPA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // src/ and dist/ both sit two levels below apps/, so this finds apps/web/dist from either.
  KOPA_WEB_DIST: z.string().min(1).default(path.resolve(here, '../../web/dist')),
  KOPA_TRUST_PROXY: booleanFlag.default(false),
  KOPA_SQLITE_SYNCHRONOUS: z
    .enum(['full', 'normal', 'FULL', 'NORMAL'])
    .default('full')
    .transform((value) => value.toUpperCase() as 'FULL' | 'NORMAL'),
  KOPA_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  KOPA_DOC_UNLOAD_DELAY_MS: z.coerce.number().int().min(0).default(10_000),
  KOPA_COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  KOPA_MAX_CONNECTIONS_PER_USER: z.coerce.number().int().min(1).default(50),
  KOPA_AUTO_VERSION_INTERVAL_MS: z.coerce.number().int().min(1000).default(10 * 60_000),
  KOPA_BOARD_THUMBNAIL_DELAY_MS: z.coerce.number().int().min(0).default(3000),
});

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): KopaConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid setting ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unknown problem'}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.KOPA_DATA_DIR),
    demo: e.KOPA_DEMO,
    demoPosts: e.KOPA_DEMO_POSTS,
    allowedOrigins: e.KOPA_ALLOWED_ORIGINS.map((origin) => new URL(origin).origin),
    logLevel: e.KOPA_LOG_LEVEL,
    webDistDir: path.resolve(e.KOPA_WEB_DIST),
    trustProxy: e.KOPA_TRUST_PROXY,
    sqliteSynchronous: e.KOPA_SQLITE_SYNCHRONOUS,
    sessionDays: e.KOPA_SESSION_DAYS,
    docUnloadDelayMs: e.KOPA_DOC_UNLOAD_DELAY_MS,
    compactAfterUpdates: e.KOPA_COMPACT_AFTER_UPDATES,
    maxConnectionsPerUser: e.KOPA_MAX_CONNECTIONS_PER_USER,
    autoVersionIntervalMs: e.KOPA_AUTO_VERSION_INTERVAL_MS,
    boardThumbnailDelayMs: e.KOPA_BOARD_THUMBNAIL_DELAY_MS,
  };
}
