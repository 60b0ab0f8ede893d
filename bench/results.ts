// The shape of bench/results.json: one object per measure, each with its own figures, the figure
// it is compared with (its floor or reference, measured in the same run), the ratio, and the goal.

import type { ProfileSummary } from './profile.js';
import type { Spread } from './support.js';

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
  /** Spawn of `faas-js-runtime <module>` to the first forced iteration answered, ms. */
  ours: Spread;
  oursRunsMs: number[];
  /** Spawn to the port accepting connections (faas-js-runtime listens after init()), median. */
  oursListeningMs: number;
  /** The hello function (hello-function.ts) on the same runtime: spawn to its first answer. */
  hello: Spread;
  helloRunsMs: number[];
  helloListeningMs: number;
  /** Median over median. */
  ratio: number;
  /** What our function answered to its first event (the reply's type and result). */
  firstReply: string;
  goal: Goal;
}

export interface IterationResult {
  samples: number;
  /** Warm-up events before the measured ones, the function's median of each batch, and whether it settled. */
  warmup: { events: number; batchMediansMs: number[]; settled: boolean };
  /** The experiment's completedIterations at the end: one per forced event, warm-up included. */
  iterationsCounted: number;
  /** A forced iteration POSTed to the function over HTTP, answered. */
  functionMs: Spread;
  /** Floor (a): GET + the 4 queries at once + the status PATCH, by a bare node:http client. */
  bareMs: Spread;
  bareParts: { getMs: number; queriesMs: number; patchMs: number };
  /** A warm round trip of the hello function on the same runtime. */
  helloMs: Spread;
  /** Floor (b): (a) + the hello round trip, per sample. */
  floorWithHelloMs: Spread;
  /** Medians: the function's over floor (a), and over floor (b). */
  ratioBare: number;
  ratioWithHello: number;
  /**
   * CPU per iteration, ms: the function process (utime + stime from /proc over the measured phase,
   * divided by samples); the bare client (its own CPU around its samples); the hello process per event.
   */
  cpu: { functionMsPerIteration: number; bareClientMsPerIteration: number; helloMsPerEvent: number; ratio: number };
  goals: { latency: Goal; cpu: Goal };
  /** With --profile: where the function process spent its CPU during the measured phase. */
  profile?: ProfileSummary;
}

export interface FleetRun {
  experiments: number;
  rounds: number;
  scanConcurrency: number;
  /** Series Prometheus held for the run (the revisions' queue-proxy histograms). */
  series: number;
  /** The scan event POSTed to the function until its answer, over the rounds. */
  tickMs: Spread;
  /** The same work by the bare client at the same concurrency (fleet-floor-main.ts), over the rounds. */
  floorMs: Spread;
  perExperimentMs: number;
  /**
   * CPU per experiment (medians over the rounds): the function process during the tick (/proc); the
   * floor's process during its work; the test API server's process during the tick.
   */
  functionCpuMsPerExperiment: number;
  floorCpuMsPerExperiment: number;
  apiServerCpuMsPerExperiment: number;
  /** The function process's peak resident set (VmHWM) over its life: start-up, the warm-up tick and every round. */
  peakRssMiB: number;
  /** Resident set once the function was ready, before its first tick. */
  readyRssMiB: number;
  /** Its peak resident set after its first (warm-up) tick: what a fresh instance needs for one tick. */
  firstTickPeakRssMiB: number;
  /** Metric-pack probes per measured tick (median): the function re-probes when its 30 s cache expires. */
  probesPerTick: number;
  /** Queries Prometheus received during the tick, and the distinct metric x version pairs expected. */
  queries: number;
  expectedQueries: number;
  queriesMatch: boolean;
  /** Why not, per tick, when they did not match. */
  queryMismatches?: string[];
  experimentsPerSecond: number;
  floorExperimentsPerSecond: number;
  /** Throughput over the floor's (the floor's median time over the tick's). */
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
