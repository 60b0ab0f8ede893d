// Fleet tick and growth: one scan tick (a PingSource event with data {}) advancing N due
// experiments (the seed's four metrics each), POSTed over HTTP to the function served by
// faas-js-runtime from the built bundle in a process of its own (one per fleet size, warmed by one
// unmeasured tick; its peak resident memory is read from /proc), against the test API server (its
// own process) and a real
// Prometheus holding queue-proxy series for every experiment's revision. Each experiment measures
// its own dark revision (app-NNNNN-v2 of Knative Service app-NNNNN), so a tick must send 4 x N
// distinct queries, plus the one metric-pack probe of the process (docs/metric-packs.md#detection);
// they are counted at a proxy in front of Prometheus.
//
// The floor does the same work at the same concurrency in a process of its own (fleet-floor-main.ts):
// the LIST, the same 4 x N queries, and N status PATCHes of the statuses the function wrote. Rounds
// alternate which goes first.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFunctionConfig } from '../src/function/config.js';
import { iter8KnativeQuery, type Iter8KnativeMetric } from '../src/local/knative-queries.js';
import { firstValue, startPrometheus, type PrometheusServer } from '../src/local/prometheus.js';
import { PROBE_TTL_MS } from '../src/metrics/pack-resolver.js';
import { startFunctionProcess, type FunctionProcess } from '../test/support/function-process.js';
import { bareRequest } from './bare-http.js';
import {
  EXPERIMENTS,
  eventRequest,
  firstIterationStatus,
  FUNCTION_TOKEN,
  knativeService,
  seedExperiment,
  startCluster,
  STARTED_AGO_MS,
  type BenchCluster,
} from './cluster.js';
import type { ExpositionInput, ExpositionReady } from './exposition-main.js';
import type { FleetFloorInput, FleetFloorResult, FleetFloorWork } from './fleet-floor-main.js';
import { darkRevision, experimentName, serviceName } from './fleet-names.js';
import { startQueryCounter, type QueryCounter } from './query-counter.js';
import type { FleetResult, FleetRun } from './results.js';
import {
  median,
  megabytes,
  processCpuMs,
  processPeakRssBytes,
  progress,
  round,
  runChild,
  spread,
  startDaemon,
  tempDir,
  type Daemon,
} from './support.js';

export interface FleetOptions {
  /** Sizes for the growth series, ascending; `measuredSize` must be one of them. */
  sizes: number[];
  measuredSize: number;
  /** Rounds at the measured size (medians are reported); other sizes run once. */
  rounds: number;
  scrapeIntervalSeconds: number;
  /** ITER8FN_SCAN_CONCURRENCY for the function; unset: the function's default. */
  scanConcurrency?: number;
}

const SEED_METRICS: Iter8KnativeMetric[] = [
  'mean-latency',
  '95th-percentile-tail-latency',
  'error-rate',
  'request-count',
];
const NAMESPACE = 'default';

/** A query's text with its time windows blanked: what identifies its metric and version. */
function queryIdentity(text: string): string {
  return text.replace(/\[\d+s\]/g, '[_]');
}

function queryOf(target: string): string {
  return new URL(target, 'http://prometheus').searchParams.get('query') ?? '';
}

/** The metric-pack probe (src/metrics/pack-resolver.ts), the one query that is no metric's. */
const isPackProbe = (target: string): boolean => queryOf(target).includes('iter8fn_revision_label');

/** Prometheus with queue-proxy series for `size` revisions, behind the counting proxy. */
interface MetricsBackend {
  counter: QueryCounter;
  series: number;
  stop(): Promise<void>;
}

async function startMetricsBackend(size: number, scrapeIntervalSeconds: number): Promise<MetricsBackend> {
  let exposition: Daemon<ExpositionReady> | undefined;
  let prometheus: PrometheusServer | undefined;
  let counter: QueryCounter | undefined;
  const stop = async (): Promise<void> => {
    await Promise.allSettled([counter?.close(), prometheus?.stop(), exposition?.stop()]);
  };
  try {
    exposition = await startDaemon<ExpositionReady>('exposition-main', {
      revisions: size,
      namespace: NAMESPACE,
    } satisfies ExpositionInput);
    prometheus = await startPrometheus({ scrapeTargets: [exposition.ready.target], scrapeIntervalSeconds });
    counter = await startQueryCounter(prometheus.url);
    progress(`fleet: Prometheus scraping ${size} revisions every ${scrapeIntervalSeconds} s; waiting for two scrapes`);
    const server = prometheus;
    await server.waitFor(
      iter8KnativeQuery('request-count', darkRevision(size), 60),
      (r) => (firstValue(r) ?? 0) > 0,
      scrapeIntervalSeconds * 4000 + 30_000,
    );
    const series = firstValue(await server.query('count({__name__=~"revision_app_request_latencies_.*"})')) ?? 0;
    return { counter, series, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** What one scan tick of the function process did. */
interface Tick {
  wallMs: number;
  cpuMs: number;
  apiServerCpuMs: number;
  /** Metric-pack probes the tick sent (counted apart from the metric queries). */
  probes?: number;
  outcomes: Record<string, number>;
  firstProblem?: string;
}

function startScanFunction(
  cluster: BenchCluster,
  prometheusUrl: string,
  scanConcurrency: number | undefined,
): Promise<FunctionProcess> {
  return startFunctionProcess({
    kubeconfig: cluster.kubeconfig,
    env: {
      ITER8FN_PROMETHEUS_URL: prometheusUrl,
      ...(scanConcurrency ? { ITER8FN_SCAN_CONCURRENCY: String(scanConcurrency) } : {}),
    },
  });
}

/** POSTs one scan event ({}) to the function and times it to the answer. */
async function scanTick(cluster: BenchCluster, fn: FunctionProcess): Promise<Tick> {
  const { headers, body } = eventRequest({}, `scan-${Date.now()}`);
  const cpuBefore = processCpuMs(fn.pid);
  const apiBefore = processCpuMs(cluster.pid);
  const started = performance.now();
  const answer = await bareRequest(fn.url, { method: 'POST', headers, body });
  const wallMs = performance.now() - started;
  const cpuMs = processCpuMs(fn.pid) - cpuBefore;
  const apiServerCpuMs = processCpuMs(cluster.pid) - apiBefore;
  const outcomes: Record<string, number> = {};
  let firstProblem: string | undefined;
  let experiments: unknown;
  try {
    experiments = (JSON.parse(answer.text) as { experiments?: unknown }).experiments;
  } catch {
    experiments = undefined;
  }
  for (const entry of Array.isArray(experiments) ? (experiments as Array<Record<string, unknown>>) : []) {
    const result = String(entry.result);
    outcomes[result] = (outcomes[result] ?? 0) + 1;
    if (result !== 'iterated' && firstProblem === undefined)
      firstProblem = `${String(entry.experiment)}: ${result}: ${typeof entry.message === 'string' ? entry.message : ''}`;
  }
  if (!Array.isArray(experiments)) firstProblem = `no scan reply: ${answer.status} ${answer.text.slice(0, 300)}`;
  return { wallMs, cpuMs, apiServerCpuMs, outcomes, ...(firstProblem ? { firstProblem } : {}) };
}

export async function runFleet(options: FleetOptions): Promise<FleetResult> {
  // Unset: the function's own default, as its configuration reads it.
  const scanConcurrency = options.scanConcurrency ?? readFunctionConfig({}).scanConcurrency;
  let cluster: BenchCluster | undefined;
  let backend: MetricsBackend | undefined;
  try {
    cluster = await startCluster();
    const kube = cluster;
    const workFile = path.join(tempDir('fleet'), 'work.json');
    let present = 0;

    const runSize = async (size: number, rounds: number): Promise<FleetRun> => {
      // A Prometheus of its own for each size, holding the series of exactly these revisions: the
      // scrapes of a bigger fleet's series would land in the middle of a smaller fleet's figures.
      backend = await startMetricsBackend(size, options.scrapeIntervalSeconds);
      const counter = backend.counter;

      // The status every fleet experiment starts from: what the function wrote after a first
      // iteration. Its metric snapshots keep the Prometheus URL they were resolved with: the proxy's.
      await kube.put(knativeService(NAMESPACE, serviceName(1), `${serviceName(1)}-v1`, darkRevision(1)));
      const template = seedExperiment({
        name: 'fleet-template',
        target: `${NAMESPACE}/${serviceName(1)}`,
        revision: darkRevision(1),
      });
      await kube.put(template);
      const templateStatus = await firstIterationStatus(kube, counter.url, template);
      await kube.remove(EXPERIMENTS, NAMESPACE, 'fleet-template');
      const names = Array.from({ length: size }, (_, i) => experimentName(i + 1));
      const populate = async (): Promise<void> => {
        const at = new Date(Date.now() - STARTED_AGO_MS).toISOString();
        const status = { ...structuredClone(templateStatus), startTime: at, lastUpdateTime: at };
        const objects = [];
        for (let i = 1; i <= size; i++) {
          if (i > present)
            objects.push(knativeService(NAMESPACE, serviceName(i), `${serviceName(i)}-v1`, darkRevision(i)));
          objects.push(
            seedExperiment({
              name: experimentName(i),
              target: `${NAMESPACE}/${serviceName(i)}`,
              revision: darkRevision(i),
              status,
            }),
          );
        }
        await kube.put(...objects);
        const extra = Array.from({ length: Math.max(0, present - size) }, (_, k) => experimentName(size + k + 1));
        await kube.remove(EXPERIMENTS, NAMESPACE, ...extra);
        present = Math.max(present, size);
      };

      const expected = new Set<string>();
      for (let i = 1; i <= size; i++)
        for (const metric of SEED_METRICS) expected.add(queryIdentity(iter8KnativeQuery(metric, darkRevision(i), 1)));
      const ticks: Tick[] = [];
      const floors: FleetFloorResult[] = [];
      const mismatches: string[] = [];
      let queries = 0;

      // One function process serves every tick of this size, as a running instance serves a
      // PingSource's ticks: its first tick (start-up code, the metric-pack probe, V8 optimising) is
      // a warm-up, not measured; a cold process is the cold-start section's business.
      const fn = await startScanFunction(kube, counter.url, options.scanConcurrency);
      await fn.ready;
      const readyRssBytes = fn.rssBytes() ?? 0;
      let firstTickPeakRssBytes = 0;
      const tick = async (measured: boolean): Promise<void> => {
        await populate();
        counter.reset();
        const result = await scanTick(kube, fn);
        // The pack probe is counted apart: one per function process, on its first tick.
        const all = counter.queries();
        const probes = all.filter(isPackProbe).length;
        const sent = all.filter((target) => !isPackProbe(target));
        const identities = new Set(sent.map((target) => queryIdentity(queryOf(target))));
        const unexpected = [...identities].filter((identity) => !expected.has(identity)).length;
        const why = [
          sent.length !== expected.size ? `${sent.length} queries for ${expected.size} metric x version pairs` : '',
          identities.size !== expected.size ? `${identities.size} distinct` : '',
          unexpected > 0 ? `${unexpected} not of the fleet's pairs` : '',
          counter.failures() > 0 ? `${counter.failures()} answered other than 200` : '',
          // The function probes on its first tick and again whenever its cache has expired, which
          // between two measured ticks (a floor ran in between) it may have.
          probes > 1 + Math.floor(result.wallMs / PROBE_TTL_MS)
            ? `${probes} metric-pack probes in ${Math.round(result.wallMs)} ms`
            : '',
        ].filter((reason) => reason !== '');
        if (why.length > 0) mismatches.push(`${measured ? 'tick' : 'warm-up tick'}: ${why.join(', ')}`);
        queries = sent.length;
        if ((result.outcomes.iterated ?? 0) !== size) {
          throw new Error(
            `fleet tick of ${size}: ${JSON.stringify(result.outcomes)}; first problem: ${result.firstProblem ?? 'none'}`,
          );
        }
        // The floor's work: each experiment's own queries and the status the function wrote for it.
        const stored = await kube.getMany(EXPERIMENTS, NAMESPACE, names);
        const byRevision = new Map<string, string[]>();
        for (const target of sent) {
          const revision = /revision_name='([^']+)'/.exec(queryOf(target))?.[1] ?? '';
          byRevision.set(revision, [...(byRevision.get(revision) ?? []), target]);
        }
        const work: FleetFloorWork = {};
        names.forEach((name, i) => {
          work[`${NAMESPACE}/${name}`] = {
            queries: byRevision.get(darkRevision(i + 1)) ?? [],
            status: (stored[i]?.status ?? {}) as Record<string, unknown>,
          };
        });
        writeFileSync(workFile, JSON.stringify(work));
        if (measured) ticks.push({ ...result, probes });
        else firstTickPeakRssBytes = processPeakRssBytes(fn.pid);
      };
      const floor = async (): Promise<void> => {
        await populate();
        counter.reset();
        const result = (await runChild(
          'fleet-floor-main',
          {
            kubeUrl: kube.url,
            token: FUNCTION_TOKEN,
            prometheusUrl: counter.url,
            file: workFile,
            concurrency: scanConcurrency,
          } satisfies FleetFloorInput,
          { timeoutMs: 60_000 + size * 100 },
        )) as FleetFloorResult;
        if (result.failures > 0 || result.experiments !== size || result.queries !== expected.size)
          throw new Error(
            `fleet floor of ${size}: ${result.experiments} experiments, ${result.queries} queries, ${result.failures} failures (${result.firstFailure ?? 'none'})`,
          );
        floors.push(result);
      };

      let peakRssBytes: number;
      try {
        await tick(false);
        for (let round = 0; round < rounds; round++) {
          if (round % 2 === 0) {
            await tick(true);
            await floor();
          } else {
            await floor();
            await tick(true);
          }
          const t = ticks[ticks.length - 1] as Tick;
          const f = floors[floors.length - 1] as FleetFloorResult;
          progress(
            `fleet: ${size} experiments, round ${round + 1}/${rounds}: tick ${Math.round(t.wallMs)} ms (CPU: function ${Math.round(t.cpuMs)} ms, ` +
              `API server ${Math.round(t.apiServerCpuMs)} ms), floor ${Math.round(f.wallMs)} ms (CPU ${Math.round(f.cpuMs)} ms), ${queries} queries`,
          );
        }
        peakRssBytes = processPeakRssBytes(fn.pid);
      } finally {
        await fn.stop();
      }
      const series = backend.series;
      await backend.stop();
      backend = undefined;

      const wallMs = median(ticks.map((t) => t.wallMs));
      const floorMs = median(floors.map((f) => f.wallMs));
      return {
        experiments: size,
        rounds,
        scanConcurrency,
        series,
        tickMs: spread(ticks.map((t) => t.wallMs)),
        floorMs: spread(floors.map((f) => f.wallMs)),
        perExperimentMs: round(wallMs / size),
        functionCpuMsPerExperiment: round(median(ticks.map((t) => t.cpuMs)) / size),
        floorCpuMsPerExperiment: round(median(floors.map((f) => f.cpuMs)) / size),
        apiServerCpuMsPerExperiment: round(median(ticks.map((t) => t.apiServerCpuMs)) / size),
        peakRssMiB: megabytes(peakRssBytes),
        readyRssMiB: megabytes(readyRssBytes),
        firstTickPeakRssMiB: megabytes(firstTickPeakRssBytes),
        probesPerTick: median(ticks.map((t) => t.probes ?? 0)),
        queries,
        expectedQueries: expected.size,
        queriesMatch: mismatches.length === 0,
        ...(mismatches.length > 0 ? { queryMismatches: mismatches } : {}),
        experimentsPerSecond: round(size / (wallMs / 1000)),
        floorExperimentsPerSecond: round(size / (floorMs / 1000)),
        ratio: round(floorMs / wallMs),
        outcomes: ticks[ticks.length - 1]?.outcomes ?? {},
      };
    };

    const growth: FleetRun[] = [];
    for (const size of [...options.sizes].sort((a, b) => a - b)) {
      growth.push(await runSize(size, size === options.measuredSize ? options.rounds : 1));
    }
    const measured = growth.find((run) => run.experiments === options.measuredSize) as FleetRun;
    const fit = linearFit(growth.map((run) => [run.experiments, run.tickMs.median]));
    const memory = linearFit(growth.map((run) => [run.experiments, run.peakRssMiB]));
    return {
      measured,
      growth,
      linearity: {
        msPerExperiment: round(fit.slope),
        fixedMs: round(fit.intercept),
        r2: Math.round(fit.r2 * 10000) / 10000,
        rssMiBPer1000: round(memory.slope * 1000),
        baseRssMiB: round(memory.intercept),
      },
      goals: {
        throughput: { text: 'throughput >= 0.8 x same-work floor', met: measured.ratio >= 0.8 },
        memory: { text: 'peak RSS < 200 MiB', met: measured.peakRssMiB < 200 },
        queries: { text: 'queries = metric x version pairs', met: growth.every((run) => run.queriesMatch) },
      },
    };
  } finally {
    await Promise.allSettled([backend?.stop(), cluster?.close()]);
  }
}

/** Least-squares line through the points, and how well it fits (R², 1 for a perfect line). */
function linearFit(points: Array<[number, number]>): { slope: number; intercept: number; r2: number } {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  const sxy = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residual = points.reduce((sum, [x, y]) => sum + (y - (intercept + slope * x)) ** 2, 0);
  const total = points.reduce((sum, [, y]) => sum + (y - meanY) ** 2, 0);
  return { slope, intercept, r2: total === 0 ? 1 : 1 - residual / total };
}
