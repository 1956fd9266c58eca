/** A running server under test, ready for WebsocketProvider clients. */
export interface Target {
  /** Row label in the table, e.g. "kopa" or "baseline". */
  label: string;
  /** The server process (measured with pidusage). */
  pid: number;
  /** First argument of `new WebsocketProvider(serverUrl, room, doc)`. */
  serverUrl: string;
  /** One room (document) name per benchmark room. */
  rooms: string[];
  /** Session cookies shared round-robin by the clients; empty when the server has no auth. */
  cookies: string[];
  /** Stops the server process and removes its temporary files. */
  stop(): Promise<void>;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Everything measured for one server, as printed in the table and written to JSON. */
export interface ScenarioResult {
  server: string;
  clients: number;
  rooms: number;
  /** Target edits per second (all clients together). */
  rate: number;
  /** Edits per second actually sent in the measured window. */
  achievedRate: number;
  measuredSeconds: number;
  connectSeconds: number;
  editsSent: number;
  deliveriesExpected: number;
  deliveriesMeasured: number;
  latencyMs: LatencySummary;
  serverCpuPct: number;
  serverRssPeakMb: number;
  serverRssEndMb: number;
  generatorCpuPct: number;
  generatorRssPeakMb: number;
  /** Generator event-loop delay during the window (ms): how late it could notice a delivery. */
  generatorLoopDelayP99Ms: number;
  generatorLoopDelayMaxMs: number;
  /** Client connections that dropped during the run (each reconnects by itself). */
  disconnects: number;
  valid: boolean;
  invalidReasons: string[];
}
