import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import pidusage from 'pidusage';

const SAMPLE_INTERVAL_MS = 250;
/** Node's loop-delay histogram records whole intervals (resolution + lateness): the lateness is the rest. */
const LOOP_DELAY_RESOLUTION_MS = 5;
const MB = 1024 * 1024;

export interface WindowUsage {
  seconds: number;
  /** Average over the window, in % of one core. */
  serverCpuPct: number;
  generatorCpuPct: number;
  serverRssPeakMb: number;
  serverRssEndMb: number;
  generatorRssPeakMb: number;
  /** How late the generator's event loop ran timers: high values mean it was too busy to time deliveries. */
  generatorLoopDelayP99Ms: number;
  generatorLoopDelayMaxMs: number;
}

interface Mark {
  wallMs: number;
  serverCpuMs: number;
  generatorCpuUs: number;
}

/**
 * CPU and memory of the server process (via pidusage, i.e. /proc) and of this,
 * the generator process (process.cpuUsage), over a measurement window. CPU is
 * exact (CPU time used ÷ wall time); RSS is sampled every 250 ms for the peak.
 * The generator's event-loop delay tells whether it could timestamp deliveries promptly.
 */
export class ResourceMonitor {
  private timer: NodeJS.Timeout | undefined;
  private start: Mark | undefined;
  private serverRssPeak = 0;
  private serverRssLast = 0;
  private generatorRssPeak = 0;
  private loopDelay: IntervalHistogram | undefined;

  constructor(private readonly serverPid: number) {}

  async beginWindow(): Promise<void> {
    this.start = await this.mark();
    this.loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
    this.loopDelay.enable();
    this.timer = setInterval(() => void this.sample(), SAMPLE_INTERVAL_MS);
  }

  async endWindow(): Promise<WindowUsage> {
    clearInterval(this.timer);
    const start = this.start;
    const loopDelay = this.loopDelay;
    if (!start || !loopDelay) throw new Error('endWindow() without beginWindow()');
    loopDelay.disable();
    const end = await this.mark();
    const wallMs = end.wallMs - start.wallMs;
    return {
      seconds: wallMs / 1000,
      serverCpuPct: ((end.serverCpuMs - start.serverCpuMs) / wallMs) * 100,
      generatorCpuPct: ((end.generatorCpuUs - start.generatorCpuUs) / 1000 / wallMs) * 100,
      serverRssPeakMb: this.serverRssPeak / MB,
      serverRssEndMb: this.serverRssLast / MB,
      generatorRssPeakMb: this.generatorRssPeak / MB,
      generatorLoopDelayP99Ms: Math.max(0, loopDelay.percentile(99) / 1e6 - LOOP_DELAY_RESOLUTION_MS),
      generatorLoopDelayMaxMs: Math.max(0, loopDelay.max / 1e6 - LOOP_DELAY_RESOLUTION_MS),
    };
  }

  /** Stops sampling and forgets pidusage's per-pid history. */
  dispose(): void {
    clearInterval(this.timer);
    this.loopDelay?.disable();
    pidusage.clear();
  }

  private async mark(): Promise<Mark> {
    const server = await this.sample();
    const cpu = process.cpuUsage();
    return { wallMs: performance.now(), serverCpuMs: server.ctime, generatorCpuUs: cpu.user + cpu.system };
  }

  private async sample(): Promise<pidusage.Status> {
    const server = await pidusage(this.serverPid);
    this.serverRssLast = server.memory;
    this.serverRssPeak = Math.max(this.serverRssPeak, server.memory);
    this.generatorRssPeak = Math.max(this.generatorRssPeak, process.memoryUsage.rss());
    return server;
  }
}
