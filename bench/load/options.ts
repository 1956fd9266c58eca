/** Command-line flags of the first-load bench. */
export interface LoadBenchOptions {
  /** Cold loads of each page (login, home, document). */
  runs: number;
  /** Keystrokes typed into the 100-paragraph post. */
  keystrokes: number;
  /** Chromium's CPU slowdown (Emulation.setCPUThrottlingRate) for the loads and the typing. */
  cpu: number;
  /** The network the loads run on. */
  network: NetworkName;
  /** Keep the app's service worker from registering (by default it does, and precaches the app after the first load). */
  blockServiceWorkers: boolean;
  /** Only the typing (post, document and the bare contenteditable), none of the loads. */
  typingOnly: boolean;
}

export type NetworkName = 'slow4g' | 'lighthouse' | 'none';

/** What Network.emulateNetworkConditions gets: latency in ms, throughputs in bytes per second. */
export interface NetworkProfile {
  name: NetworkName;
  label: string;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** Lighthouse's "Slow 4G" (its mobile default): 150 ms round trip, 1.6 Mbps down, 750 kbps up, kbps of 1,024 bits. */
export const NETWORKS: Record<NetworkName, NetworkProfile> = {
  slow4g: {
    name: 'slow4g',
    label: 'Slow 4G: 150 ms RTT, 1.6 Mbps down, 750 kbps up',
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  // Lighthouse's own DevTools throttling of that profile: DevTools throttles per request, not per
  // packet, so it raises the latency (×3.75) and lowers the throughput (×0.9) to land near it.
  lighthouse: {
    name: 'lighthouse',
    label: "Slow 4G as Lighthouse's DevTools throttling sets it: 562.5 ms per request, 1.44 Mbps down, 675 kbps up",
    latency: 150 * 3.75,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadThroughput: (750 * 1024 * 0.9) / 8,
  },
  none: { name: 'none', label: 'no network emulation (loopback)', latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
};

export const USAGE = `npm run bench:load -- [--runs 5] [--keystrokes 100] [--cpu 4] [--network slow4g] [--block-service-workers] [--typing-only]

  --runs        cold loads of each page (login, home, a document); medians over these
  --keystrokes  keys typed into the 100-paragraph blog post
  --cpu         CPU slowdown (Chrome DevTools' CPU throttling) for the loads and the typing
  --network     slow4g (default: 150 ms RTT, 1.6 Mbps down, 750 kbps up), lighthouse (the same
                profile as Lighthouse's DevTools throttling applies it: 562.5 ms, ×0.9 throughput)
                or none
  --block-service-workers
                cold loads without the service worker, which otherwise registers once a page has
                loaded and precaches the whole app over the same slow line
  --typing-only only the typing part: the post, the document and the bare contenteditable,
                one after the other in this run (no cold loads, no JavaScript sizes)

The npm script builds everything first (npm run build: tsc -b, then vite build).`;

export function parseOptions(argv: readonly string[]): LoadBenchOptions | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const integer = (flag: string, fallback: number, min: number) => {
    const raw = value(flag);
    if (raw === undefined) return fallback;
    const parsed = Number(raw);
    if (!Number.isInteger(parsed) || parsed < min) throw new Error(`${flag} must be a whole number ≥ ${min}, not ${raw}`);
    return parsed;
  };
  const network = value('--network') ?? 'slow4g';
  if (!(network in NETWORKS)) throw new Error(`--network must be one of ${Object.keys(NETWORKS).join(', ')}, not ${network}`);
  return {
    runs: integer('--runs', 5, 1),
    keystrokes: integer('--keystrokes', 100, 10),
    cpu: integer('--cpu', 4, 1),
    network: network as NetworkName,
    blockServiceWorkers: argv.includes('--block-service-workers'),
    typingOnly: argv.includes('--typing-only'),
  };
}
