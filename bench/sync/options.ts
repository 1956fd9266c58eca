import { parseArgs } from 'node:util';

export interface BenchOptions {
  clients: number;
  rooms: number;
  /** Edits per second across all clients. */
  rate: number;
  /** Seconds of measured load. */
  durationS: number;
  /** Seconds of unmeasured load before the measured window (JIT, caches, first compaction). */
  warmupS: number;
  /** Also run Kopa with KOPA_SQLITE_SYNCHRONOUS=normal (an extra, informational row). */
  alsoNormal: boolean;
  /** Generator CPU (% of one core) above which a row is INVALID. */
  maxGeneratorCpuPct: number;
}

export const DEFAULTS: BenchOptions = {
  clients: 300,
  rooms: 10,
  rate: 100,
  durationS: 30,
  warmupS: 3,
  alsoNormal: false,
  maxGeneratorCpuPct: 70,
};

const QUICK: Partial<BenchOptions> = { clients: 30, rooms: 3, durationS: 5, warmupS: 1 };

export const USAGE = `Usage: npm run bench:sync -- [options]

  --clients N      WebSocket clients in total            (default ${DEFAULTS.clients})
  --rooms N        rooms (documents) they are spread over (default ${DEFAULTS.rooms})
  --rate N         edits per second, all clients together (default ${DEFAULTS.rate})
  --duration S     seconds of measured load               (default ${DEFAULTS.durationS})
  --warmup S       seconds of unmeasured load before it   (default ${DEFAULTS.warmupS})
  --quick          shorthand for --clients 30 --rooms 3 --duration 5 --warmup 1
  --also-normal    add a Kopa row with KOPA_SQLITE_SYNCHRONOUS=normal (informational)
  --help           show this text
`;

/** Parses the command line; returns null when --help was asked for. Throws on bad input. */
export function parseOptions(argv: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      clients: { type: 'string' },
      rooms: { type: 'string' },
      rate: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'also-normal': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;

  const base: BenchOptions = { ...DEFAULTS, ...(values.quick ? QUICK : {}) };
  const options: BenchOptions = {
    ...base,
    clients: readNumber('clients', values.clients, base.clients, { integer: true, min: 2 }),
    rooms: readNumber('rooms', values.rooms, base.rooms, { integer: true, min: 1 }),
    rate: readNumber('rate', values.rate, base.rate, { min: 0.1 }),
    durationS: readNumber('duration', values.duration, base.durationS, { min: 1 }),
    warmupS: readNumber('warmup', values.warmup, base.warmupS, { min: 0 }),
    alsoNormal: values['also-normal'],
  };
  if (options.clients < options.rooms * 2) {
    throw new Error(`--clients (${options.clients}) must be at least twice --rooms (${options.rooms}): every room needs a sender and a receiver`);
  }
  return options;
}

function readNumber(
  name: string,
  raw: string | undefined,
  fallback: number,
  rule: { integer?: boolean; min: number },
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < rule.min || (rule.integer && !Number.isInteger(value))) {
    throw new Error(`--${name} must be ${rule.integer ? 'an integer' : 'a number'} >= ${rule.min}, got "${raw}"`);
  }
  return value;
}
