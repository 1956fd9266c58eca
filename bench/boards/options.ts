/** Command-line flags of the boards bench. */
export interface BoardsBenchOptions {
  /** Board sizes in objects; 0 is the empty-board baseline. */
  sizes: number[];
  /** Length of each measured gesture. */
  durationMs: number;
  /** Chromium's CPU slowdown for the throttled rows (1 = no extra row). */
  throttle: number;
  seed: number;
  /** Also record a chromium trace of each gesture on the largest board (unmeasured runs). */
  trace: boolean;
}

export const USAGE = `npm run bench:boards -- [--sizes 0,200,2000] [--duration 3] [--throttle 4] [--seed 1] [--trace]

  --sizes     board sizes in objects, comma-separated; 0 is the empty-board baseline (always added)
  --duration  seconds per measured gesture (pan, zoom)
  --throttle  CPU slowdown for the second set of rows (Chrome DevTools' CPU throttling)
  --seed      seed for the boards' contents
  --trace     afterwards, trace one more pan and zoom on the largest board (full CPU speed) and
              print where the time goes; the traces go to bench/results/ (open them in DevTools)`;

export function parseOptions(argv: readonly string[]): BoardsBenchOptions | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const number = (flag: string, fallback: number, min: number) => {
    const raw = value(flag);
    if (raw === undefined) return fallback;
    const parsed = Number(raw);
    if (!Number.isFinite(parsed) || parsed < min) throw new Error(`${flag} must be a number ≥ ${min}, not ${raw}`);
    return parsed;
  };
  const sizesRaw = value('--sizes');
  const sizes = sizesRaw === undefined ? [0, 200, 2000] : sizesRaw.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 0 || size > 5000)) {
    throw new Error(`--sizes must be whole numbers from 0 to 5000 (the board limit), not ${sizesRaw}`);
  }
  // The ratios need the empty board from the same run.
  const withBaseline = [...new Set([0, ...sizes])].sort((a, b) => a - b);
  return {
    sizes: withBaseline,
    durationMs: number('--duration', 3, 0.5) * 1000,
    throttle: number('--throttle', 4, 1),
    seed: number('--seed', 1, 0),
    trace: argv.includes('--trace'),
  };
}
