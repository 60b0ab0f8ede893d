// Fleet tick and growth: one scan tick advancing N due experiments (the seed's four metrics each),
// in a function process of its own, against the test API server and a real Prometheus holding
// queue-proxy series for every experiment's revision. Each experiment measures its own dark
// revision (app-NNNNN-v2 of Knative Service app-NNNNN), so a tick must send 4 x N distinct queries:
// one per metric x version pair, plus the one metric-pack probe of the process (docs/metric-packs.md#detection). They are counted at a proxy in front of Prometheus and then
// replayed by a bare client with the same number in flight as the function can have
// (scan concurrency x 4 queries), which gives the raw throughput of that Prometheus for those
// queries in the same run.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFunctionConfig } from '../src/function/config.js';
import { iter8KnativeQuery, type Iter8KnativeMetric } from '../src/local/knative-queries.js';
import { firstValue, startPrometheus, type PrometheusServer } from '../src/local/prometheus.js';
import {
  EXPERIMENTS,
  firstIterationStatus,
  knativeService,
  seedExperiment,
  startCluster,
  STARTED_AGO_MS,
  type BenchCluster,
} from './cluster.js';
import type { ExpositionInput, ExpositionReady } from './exposition-main.js';
import { darkRevision, experimentName, serviceName } from './fleet-names.js';
import type { FleetTickResult } from './fleet-tick-main.js';
import { startQueryCounter, type QueryCounter } from './query-counter.js';
import type { RawQueriesInput, RawQueriesResult } from './raw-queries-main.js';
import type { FleetResult, FleetRun } from './results.js';
import { median, megabytes, progress, round, runChild, startDaemon, tempDir, type Daemon } from './support.js';

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

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

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

export async function runFleet(options: FleetOptions): Promise<FleetResult> {
  // Unset: the function's own default, as its configuration reads it.
  const scanConcurrency = options.scanConcurrency ?? readFunctionConfig({}).scanConcurrency;
  let cluster: BenchCluster | undefined;
  let backend: MetricsBackend | undefined;
  try {
    cluster = await startCluster();
    const kube = cluster.kube;
    const queryFile = path.join(tempDir('fleet'), 'queries.json');
    let present = 0;

    const runSize = async (size: number, rounds: number): Promise<FleetRun & { series: number }> => {
      // A Prometheus of its own for each size, holding the series of exactly these revisions: the
      // scrapes of a bigger fleet's series would land in the middle of a smaller fleet's figures.
      backend = await startMetricsBackend(size, options.scrapeIntervalSeconds);
      const counter = backend.counter;

      // The status every fleet experiment starts from: what the function wrote after a first
      // iteration. Its metric snapshots keep the Prometheus URL they were resolved with: the proxy's.
      kube.put(knativeService(NAMESPACE, serviceName(1), `${serviceName(1)}-v1`, darkRevision(1)));
      const template = seedExperiment({
        name: 'fleet-template',
        target: `${NAMESPACE}/${serviceName(1)}`,
        revision: darkRevision(1),
      });
      kube.put(template);
      const templateStatus = await firstIterationStatus(cluster as BenchCluster, counter.url, template);
      kube.remove(EXPERIMENTS, NAMESPACE, 'fleet-template');
      const populate = (): void => {
        const at = new Date(Date.now() - STARTED_AGO_MS).toISOString();
        const status = { ...structuredClone(templateStatus), startTime: at, lastUpdateTime: at };
        for (let i = 1; i <= size; i++) {
          if (i > present) kube.put(knativeService(NAMESPACE, serviceName(i), `${serviceName(i)}-v1`, darkRevision(i)));
          kube.put(
            seedExperiment({
              name: experimentName(i),
              target: `${NAMESPACE}/${serviceName(i)}`,
              revision: darkRevision(i),
              status,
            }),
          );
        }
        for (let i = size + 1; i <= present; i++) kube.remove(EXPERIMENTS, NAMESPACE, experimentName(i));
        present = Math.max(present, size);
      };
      const env = {
        ...process.env,
        KUBECONFIG: (cluster as BenchCluster).kubeconfig,
        ITER8FN_PROMETHEUS_URL: counter.url,
        ...(options.scanConcurrency ? { ITER8FN_SCAN_CONCURRENCY: String(options.scanConcurrency) } : {}),
      };

      const expected = new Set<string>();
      for (let i = 1; i <= size; i++)
        for (const metric of SEED_METRICS) expected.add(queryIdentity(iter8KnativeQuery(metric, darkRevision(i), 1)));
      const ticks: FleetTickResult[] = [];
      const serverCpu: number[] = [];
      const proxyCpuMs: number[] = [];
      const raws: RawQueriesResult[] = [];
      let queriesMatch = true;
      let queries = 0;
      for (let round = 0; round < rounds; round++) {
        populate();
        counter.reset();
        const driverCpu = process.cpuUsage();
        const tick = (await runChild(
          'fleet-tick-main',
          {},
          { timeoutMs: 60_000 + size * 100, env },
        )) as FleetTickResult;
        const driverCpuMs = cpuMs(process.cpuUsage(driverCpu));
        // The pack probe is counted apart: one per function process (each tick here is a fresh one).
        const all = counter.queries();
        const probes = all.filter(isPackProbe).length;
        const sent = all.filter((target) => !isPackProbe(target));
        const identities = new Set(sent.map((target) => queryIdentity(queryOf(target))));
        const allExpected =
          identities.size === expected.size && [...identities].every((identity) => expected.has(identity));
        queriesMatch &&= sent.length === expected.size && allExpected && counter.failures() === 0 && probes === 1;
        queries = sent.length;
        if ((tick.outcomes.iterated ?? 0) !== size) {
          throw new Error(
            `fleet tick of ${size}: ${JSON.stringify(tick.outcomes)}; first problem: ${tick.firstProblem ?? 'none'}`,
          );
        }
        writeFileSync(queryFile, JSON.stringify(sent));
        counter.reset();
        const proxyCpu = process.cpuUsage();
        const raw = (await runChild(
          'raw-queries-main',
          {
            baseUrl: counter.url,
            file: queryFile,
            concurrency: scanConcurrency * SEED_METRICS.length,
          } satisfies RawQueriesInput,
          {
            timeoutMs: 60_000 + size * 50,
          },
        )) as RawQueriesResult;
        // The proxy alone forwarded the replay: its share of the driver's CPU during the tick.
        proxyCpuMs.push(cpuMs(process.cpuUsage(proxyCpu)));
        if (raw.failures > 0) throw new Error(`raw replay of ${size}: ${raw.failures} queries failed`);
        ticks.push(tick);
        serverCpu.push(driverCpuMs);
        raws.push(raw);
        progress(
          `fleet: ${size} experiments, round ${round + 1}/${rounds}: tick ${Math.round(tick.wallMs)} ms (CPU: function ${Math.round(tick.cpuMs)} ms, ` +
            `API server and proxy ${Math.round(driverCpuMs)} ms), raw ${Math.round(raw.wallMs)} ms (proxy CPU ${Math.round(proxyCpuMs[proxyCpuMs.length - 1] ?? 0)} ms), ` +
            `peak RSS ${megabytes(tick.peakRssBytes)} MiB, ${sent.length} queries`,
        );
      }
      const series = backend.series;
      await backend.stop();
      backend = undefined;

      const wallMs = median(ticks.map((t) => t.wallMs));
      const rawMs = median(raws.map((r) => r.wallMs));
      const throughputQps = expected.size / (wallMs / 1000);
      const rawQps = expected.size / (rawMs / 1000);
      return {
        experiments: size,
        rounds,
        scanConcurrency,
        series,
        wallMs: round(wallMs),
        perExperimentMs: round(wallMs / size),
        functionCpuMsPerExperiment: round(median(ticks.map((t) => t.cpuMs)) / size),
        apiServerCpuMsPerExperiment: round((median(serverCpu) - median(proxyCpuMs)) / size),
        proxyCpuMsPerExperiment: round(median(proxyCpuMs) / size),
        peakRssMiB: megabytes(median(ticks.map((t) => t.peakRssBytes))),
        readyRssMiB: megabytes(median(ticks.map((t) => t.readyRssBytes))),
        queries,
        expectedQueries: expected.size,
        queriesMatch,
        throughputQps: round(throughputQps),
        rawQps: round(rawQps),
        ratio: round(throughputQps / rawQps),
        outcomes: ticks[ticks.length - 1]?.outcomes ?? {},
      };
    };

    const growth: FleetRun[] = [];
    for (const size of [...options.sizes].sort((a, b) => a - b)) {
      growth.push(await runSize(size, size === options.measuredSize ? options.rounds : 1));
    }
    const measured = growth.find((run) => run.experiments === options.measuredSize) as FleetRun;
    const fit = linearFit(growth.map((run) => [run.experiments, run.wallMs]));
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
        throughput: { text: 'throughput >= 0.8 x raw', met: measured.ratio >= 0.8 },
        memory: { text: 'peak RSS < 256 MiB', met: measured.peakRssMiB < 256 },
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
