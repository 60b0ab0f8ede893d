// The shape of bench/results.json: one object per measure, each with its own figures, the figure
// it is compared with (its floor or reference, measured in the same run), the ratio, and the goal.

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  prometheus: string;
  wrk: string;
  date: string;
  /** 1-minute load average when the run started and when it ended: other work on the machine shows here. */
  loadAverage: { start: number; end: number };
}

export interface Goal {
  /** The figure the goal is about, e.g. "ratio <= 1.5". */
  text: string;
  met: boolean;
}

export interface ColdStartResult {
  runs: number;
  /** Spawn of `faas-js-runtime <module>` to the first CloudEvent answered: median, and every run. */
  oursMs: number;
  oursRunsMs: number[];
  /** Spawn to the port accepting connections (faas-js-runtime listens after init()). */
  oursListeningMs: number;
  helloMs: number;
  helloRunsMs: number[];
  helloListeningMs: number;
  ratio: number;
  /** What our function answered to its first event (the reply's type and result). */
  firstReply: string;
  goal: Goal;
}

export interface IterationResult {
  samples: number;
  /** One due iteration through the handler, warm: median. */
  iterationMs: number;
  /** Its floor, same run: slowest of the 4 queries + one experiment GET + one status PATCH (medians of the sum). */
  floorMs: number;
  floorParts: { slowestQueryMs: number; getMs: number; patchMs: number };
  ratio: number;
  goal: Goal;
}

export interface FleetRun {
  experiments: number;
  rounds: number;
  scanConcurrency: number;
  /** Series Prometheus held for the run (the revisions' queue-proxy histograms). */
  series: number;
  /** Medians over the rounds. */
  wallMs: number;
  perExperimentMs: number;
  /**
   * CPU per experiment during the tick: the function process; the test API server (the driver's CPU
   * less the proxy's); the query-counting proxy (its CPU while forwarding the same queries in the replay).
   */
  functionCpuMsPerExperiment: number;
  apiServerCpuMsPerExperiment: number;
  proxyCpuMsPerExperiment: number;
  peakRssMiB: number;
  readyRssMiB: number;
  /** Queries Prometheus received during the tick (every round), and the distinct metric x version pairs expected. */
  queries: number;
  expectedQueries: number;
  queriesMatch: boolean;
  throughputQps: number;
  /** The same queries replayed by a bare client with scanConcurrency x 4 in flight. */
  rawQps: number;
  ratio: number;
  outcomes: Record<string, number>;
}

export interface FleetResult {
  measured: FleetRun;
  /** Every size, ascending; the measured size among them. */
  growth: FleetRun[];
  /** Least-squares lines through the growth runs: tick = fixedMs + msPerExperiment x N, peak RSS likewise. */
  linearity: { msPerExperiment: number; fixedMs: number; r2: number; rssMiBPer1000: number; baseRssMiB: number };
  goals: { throughput: Goal; memory: Goal; queries: Goal };
}

export interface LatencyFigures {
  requests: number;
  ratePerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  p999Ms: number;
  /** Client-visible errors: socket errors, timeouts and non-2xx/3xx answers. */
  errors: number;
}

export interface GatewayResult {
  durationSeconds: number;
  targetRate: number;
  connections: number;
  direct: LatencyFigures;
  /** A minimal Node reverse proxy in front of the same revision: the cost of the hop alone. */
  bareProxy: LatencyFigures;
  gateway: LatencyFigures;
  /** Gateway over direct: the goal's figures. */
  addedP50Ms: number;
  addedP99Ms: number;
  /** Gateway over the bare proxy: what routing, header rules and mirroring add to the hop. */
  overBareProxyP50Ms: number;
  overBareProxyP99Ms: number;
  /** CPU time of the bare proxy's and the gateway's process per client request, in µs (the gateway's includes its mirror copies). */
  cpuUsPerRequest: { bareProxy: number; gateway: number };
  /** Mirrored copies over client requests, and copies dropped or failed. */
  mirroredShare: number;
  mirrorsDropped: number;
  mirrorFailures: number;
  goal: Goal;
}

export interface BenchResults {
  mode: 'full' | 'smoke';
  machine: MachineInfo;
  durationSeconds: number;
  coldStart?: ColdStartResult;
  iteration?: IterationResult;
  fleet?: FleetResult;
  gateway?: GatewayResult;
  /** Sections that failed, with why. */
  failures: Record<string, string>;
}
