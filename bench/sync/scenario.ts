import {
  AWARENESS_RENEW_MS,
  closeAll,
  connectAll,
  createClients,
  prepareRooms,
  renewAwareness,
  typeBurst,
  type BenchClient,
} from './bench-clients.js';
import { DeliveryTracker } from './delivery-tracker.js';
import { onCleanup } from './lifecycle.js';
import type { BenchOptions } from './options.js';
import { RateScheduler } from './rate-scheduler.js';
import { ResourceMonitor } from './resource-monitor.js';
import { summarizeLatencies } from './stats.js';
import type { ScenarioResult, Target } from './types.js';

const DRAIN_TIMEOUT_MS = 15_000;
/** Below this share of the target rate the generator could not keep up. */
const MIN_RATE_SHARE = 0.95;

/** Phases of load are timed; readiness never is (clients wait for 'sync', servers for a log line). */
const loadFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One server under load: connect every client and wait until all are synced,
 * send edits through a warm-up and then the measured window, wait until every
 * measured edit reached every peer (or a deadline), then close the clients.
 */
export async function runScenario(
  target: Target,
  options: BenchOptions,
  log: (message: string) => void,
): Promise<ScenarioResult> {
  const tracker = new DeliveryTracker();
  const clients = createClients(target, options.clients, tracker);
  const unregister = onCleanup(() => closeAll(clients));
  const monitor = new ResourceMonitor(target.pid);
  const peersInRoom = target.rooms.map((_, room) => clients.filter((client) => client.room === room).length - 1);
  let measuring = false;
  let editsSent = 0;
  const scheduler = new RateScheduler(options.rate, (sequence) => {
    const client = clients[sequence % clients.length]!;
    const { sentAt, endClock } = typeBurst(client);
    tracker.sent(client.doc.clientID, endClock, sentAt, measuring, peersInRoom[client.room]!);
    if (measuring) editsSent++;
  });
  // Every client renews its awareness every 15 s, as y-protocols does, but spread evenly over time.
  const awarenessRenewals = new RateScheduler((clients.length * 1000) / AWARENESS_RENEW_MS, (sequence) =>
    renewAwareness(clients[sequence % clients.length]!),
  );
  try {
    const connectStart = performance.now();
    await connectAll(clients, Math.max(60_000, options.clients * 200));
    const connectSeconds = (performance.now() - connectStart) / 1000;
    log(`${clients.length} clients in ${target.rooms.length} rooms connected and synced in ${connectSeconds.toFixed(1)} s`);
    await prepareRooms(clients, 30_000);
    log('every room seeded with a paragraph to type into');

    const disconnectsBefore = countDisconnects(clients);
    scheduler.start();
    awarenessRenewals.start();
    if (options.warmupS > 0) {
      log(`warm-up: ${options.warmupS} s at ${options.rate} edits/s`);
      await loadFor(options.warmupS * 1000);
    }
    await monitor.beginWindow();
    measuring = true;
    log(`measuring: ${options.durationS} s at ${options.rate} edits/s`);
    await loadFor(options.durationS * 1000);
    measuring = false;
    scheduler.stop();
    awarenessRenewals.stop();
    const usage = await monitor.endWindow();
    const drained = await tracker.drained(DRAIN_TIMEOUT_MS);
    const disconnects = countDisconnects(clients) - disconnectsBefore;

    const achievedRate = editsSent / usage.seconds;
    const invalidReasons: string[] = [];
    if (usage.generatorCpuPct > options.maxGeneratorCpuPct) {
      invalidReasons.push(
        `generator CPU ${usage.generatorCpuPct.toFixed(0)}% > ${options.maxGeneratorCpuPct}% of a core: it measures the generator, not the server`,
      );
    }
    if (!drained) {
      const missing = tracker.deliveriesExpected - tracker.deliveriesMeasured;
      invalidReasons.push(`${missing} of ${tracker.deliveriesExpected} deliveries missing ${DRAIN_TIMEOUT_MS / 1000} s after the last edit`);
    }
    if (achievedRate < options.rate * MIN_RATE_SHARE) {
      invalidReasons.push(`sent only ${achievedRate.toFixed(1)} of ${options.rate} edits/s`);
    }
    if (disconnects > 0) {
      invalidReasons.push(`${disconnects} client connection(s) dropped during the run (${describeCloses(clients)})`);
    }

    return {
      server: target.label,
      clients: clients.length,
      rooms: target.rooms.length,
      rate: options.rate,
      achievedRate,
      measuredSeconds: usage.seconds,
      connectSeconds,
      editsSent,
      deliveriesExpected: tracker.deliveriesExpected,
      deliveriesMeasured: tracker.deliveriesMeasured,
      latencyMs: summarizeLatencies(tracker.samples()),
      serverCpuPct: usage.serverCpuPct,
      serverRssPeakMb: usage.serverRssPeakMb,
      serverRssEndMb: usage.serverRssEndMb,
      generatorCpuPct: usage.generatorCpuPct,
      generatorRssPeakMb: usage.generatorRssPeakMb,
      generatorLoopDelayP99Ms: usage.generatorLoopDelayP99Ms,
      generatorLoopDelayMaxMs: usage.generatorLoopDelayMaxMs,
      disconnects,
      valid: invalidReasons.length === 0,
      invalidReasons,
    };
  } finally {
    scheduler.stop();
    awarenessRenewals.stop();
    monitor.dispose();
    unregister();
    await closeAll(clients);
  }
}

function countDisconnects(clients: BenchClient[]): number {
  return clients.reduce((sum, client) => sum + client.disconnects, 0);
}

/** e.g. "1003 malformed message ×12, 1006 ×3" */
function describeCloses(clients: BenchClient[]): string {
  const total = new Map<string, number>();
  for (const client of clients) {
    for (const [reason, count] of client.closeReasons) total.set(reason, (total.get(reason) ?? 0) + count);
  }
  return [...total].map(([reason, count]) => `${reason} ×${count}`).join(', ');
}
