// Test helpers: a local "Knative cluster" made of revisions (knative-route-demo + queue-proxy
// measurement), one metrics endpoint, a real Prometheus scraping it, and a bounded traffic driver.

import { Agent, request } from 'node:http';
import { ISTIO_JOB, revisionExporters, serveRegistries, type ScrapeEndpoint } from '../../src/local/exporters.js';
import { startGateway, type LocalGateway } from '../../src/local/gateway.js';
import { createIstioMetrics } from '../../src/local/istio-metrics.js';
import { scrapeJobsOf, startPrometheus, type PrometheusServer } from '../../src/local/prometheus.js';
import { equidistributedRandom, startRevision, type Faults, type LocalRevision } from '../../src/local/revision.js';
import { resolveStack, type LocalStack, type StackChoice } from '../../src/local/stack.js';

export { equidistributedRandom };

// ---------------------------------------------------------------------------------------------
// Traffic

export interface TrafficTarget {
  name: string;
  url: string;
  /** Host header; default the URL's host. */
  host?: string;
  /** Requests per second; 0 sends nothing. */
  rps: number;
}

export interface TrafficLimits {
  /** Stop after this many requests in total (all targets); default 5000. */
  maxRequests?: number;
  /** Stop after this long; default 30000 ms. */
  maxDurationMs?: number;
  /** Skip a tick for a target with this many requests outstanding; default 32. */
  maxInFlightPerTarget?: number;
}

export interface TrafficStats {
  /** Requests answered, per target name and status code. */
  byStatus: Record<string, Record<number, number>>;
  /** Requests that got no HTTP answer (connection errors), per target name. */
  failures: Record<string, number>;
  sent: number;
}

export interface TrafficDriver {
  /** Epoch ms of the first request. */
  readonly startedAt: number;
  /** Resolves when a limit is reached or stop() is called, after in-flight requests settle. */
  readonly done: Promise<TrafficStats>;
  stats(): TrafficStats;
  stop(): Promise<TrafficStats>;
}

const TICK_MS = 10;

/** Sends real HTTP GETs to each target at its rate until a limit is hit or stop() is called. */
export function startTraffic(targets: TrafficTarget[], limits: TrafficLimits = {}): TrafficDriver {
  const maxRequests = limits.maxRequests ?? 5000;
  const maxDurationMs = limits.maxDurationMs ?? 30000;
  const maxInFlight = limits.maxInFlightPerTarget ?? 32;
  const agent = new Agent({ keepAlive: true, maxSockets: maxInFlight });
  const startedAt = Date.now();
  const stats: TrafficStats = { byStatus: {}, failures: {}, sent: 0 };
  const sentPerTarget = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const outstanding = new Set<Promise<void>>();
  for (const target of targets) {
    stats.byStatus[target.name] = {};
    stats.failures[target.name] = 0;
  }

  const sendOne = (target: TrafficTarget): void => {
    stats.sent++;
    sentPerTarget.set(target.name, (sentPerTarget.get(target.name) ?? 0) + 1);
    inFlight.set(target.name, (inFlight.get(target.name) ?? 0) + 1);
    const settled = new Promise<void>((resolve) => {
      const finish = (status: number | undefined): void => {
        inFlight.set(target.name, (inFlight.get(target.name) ?? 1) - 1);
        if (status === undefined) {
          stats.failures[target.name] = (stats.failures[target.name] ?? 0) + 1;
        } else {
          const counts = (stats.byStatus[target.name] ??= {});
          counts[status] = (counts[status] ?? 0) + 1;
        }
        resolve();
      };
      const req = request(
        target.url,
        { agent, method: 'GET', ...(target.host !== undefined ? { headers: { host: target.host } } : {}) },
        (res) => {
          res.resume();
          res.once('end', () => finish(res.statusCode));
          res.once('error', () => finish(undefined));
        },
      );
      req.once('error', () => finish(undefined));
      req.end();
    });
    outstanding.add(settled);
    void settled.then(() => outstanding.delete(settled));
  };

  let resolveDone: (stats: TrafficStats) => void = () => undefined;
  const done = new Promise<TrafficStats>((resolve) => {
    resolveDone = resolve;
  });
  let finishing: Promise<TrafficStats> | undefined;
  const finish = (): Promise<TrafficStats> => {
    finishing ??= (async () => {
      clearInterval(ticker);
      // Each request is bounded by the revision's latency; give them a moment, then cut the sockets.
      const drained = Promise.all([...outstanding]);
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 3000).unref());
      await Promise.race([drained, timeout]);
      agent.destroy();
      await Promise.race([Promise.all([...outstanding]), new Promise<void>((r) => setTimeout(r, 500).unref())]);
      const snapshot = structuredClone(stats);
      resolveDone(snapshot);
      return snapshot;
    })();
    return finishing;
  };

  const tick = (): void => {
    const elapsedMs = Date.now() - startedAt;
    if (elapsedMs >= maxDurationMs || stats.sent >= maxRequests) {
      void finish();
      return;
    }
    for (const target of targets) {
      if (target.rps <= 0) continue;
      // Schedule by elapsed time, not by tick count, so timer jitter cannot drift the rate.
      const due = Math.floor((elapsedMs * target.rps) / 1000) + 1;
      while ((sentPerTarget.get(target.name) ?? 0) < due && stats.sent < maxRequests) {
        if ((inFlight.get(target.name) ?? 0) >= maxInFlight) break;
        sendOne(target);
      }
    }
  };
  const ticker = setInterval(tick, TICK_MS);
  tick();

  return {
    startedAt,
    done,
    stats: () => structuredClone(stats),
    stop: finish,
  };
}

// ---------------------------------------------------------------------------------------------
// The iter8-knative queries live in src/local (local mode waits on them too); re-exported here.

export { iter8KnativeQuery, type Iter8KnativeMetric } from '../../src/local/knative-queries.js';

// ---------------------------------------------------------------------------------------------
// The fixture

export interface FixtureRevisionSpec {
  /** Revision name, e.g. sample-app-v2. */
  name: string;
  /** T_VERSION colour; defaults to blue for the first revision, green after. */
  version?: string;
  faults?: Faults;
  /** Requests per second the driver sends; 0 = no traffic, so the revision's series never appear. */
  rps: number;
}

export interface KnativeFixtureOptions {
  revisions: FixtureRevisionSpec[];
  namespace?: string;
  serviceName?: string;
  scrapeIntervalSeconds?: number;
  /** Decides which requests fail; defaults to equidistributedRandom() per revision. */
  random?: () => number;
  traffic?: TrafficLimits;
  /** Start traffic right away (default true); otherwise call fixture.startTraffic(). */
  startTraffic?: boolean;
  /**
   * The stack the revisions export the series of, e.g. `{ knative: '1.21', metricsStyle: 'scrape',
   * istioTelemetry: true }`; default Knative 1.18. With Istio telemetry the traffic goes through
   * the local gateway (entering at Knative's local gateway), which reports the gateway hop.
   */
  stack?: StackChoice;
  log?: (line: string) => void;
}

export interface KnativeFixture {
  namespace: string;
  serviceName: string;
  stack: LocalStack;
  /** Every metrics endpoint Prometheus scrapes (one queue-proxy per revision, sidecars, the gateway). */
  endpoints: ScrapeEndpoint[];
  /** The gateway the traffic goes through, with Istio telemetry. */
  gateway?: LocalGateway;
  prometheus: PrometheusServer;
  revisions: Record<string, LocalRevision>;
  /** Epoch ms just before Prometheus was spawned. */
  startedAt: number;
  /** Starts the driver (no-op if already running) and returns it. */
  startTraffic(): TrafficDriver;
  traffic(): TrafficDriver | undefined;
  /** Whole seconds since traffic started (>= 1): the elapsedTime an iteration would use now. */
  elapsedSeconds(): number;
  stop(): Promise<void>;
}

export async function startKnativeFixture(options: KnativeFixtureOptions): Promise<KnativeFixture> {
  const namespace = options.namespace ?? 'default';
  const serviceName = options.serviceName ?? 'sample-app';
  const stack = resolveStack(options.stack);
  const started: Array<{ close(): Promise<void> }> = [];
  let driver: TrafficDriver | undefined;

  const teardown = async (): Promise<void> => {
    await driver?.stop();
    // Close in reverse start order; keep going if one fails so nothing is left running.
    const results = await Promise.allSettled(started.reverse().map((thing) => thing.close()));
    started.length = 0;
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  };

  try {
    const revisions: Record<string, LocalRevision> = {};
    const endpoints: ScrapeEndpoint[] = [];
    for (const [index, spec] of options.revisions.entries()) {
      // One exporter set per revision, each on its own port: one target per pod, as in a cluster.
      const exporters = revisionExporters(stack, { namespace, serviceName, revisionName: spec.name });
      const served = await serveRegistries(exporters.registries);
      started.push(...served.servers);
      endpoints.push(...served.endpoints);
      const revision = await startRevision({
        name: spec.name,
        serviceName,
        namespace,
        env: { T_VERSION: spec.version ?? (index === 0 ? 'blue' : 'green') },
        ...(spec.faults ? { faults: spec.faults } : {}),
        metrics: exporters.recorder,
        random: options.random ?? equidistributedRandom(),
      });
      started.push(revision);
      revisions[spec.name] = revision;
    }
    let gateway: LocalGateway | undefined;
    if (stack.istioTelemetry) {
      const istio = createIstioMetrics();
      const served = await serveRegistries([{ kind: ISTIO_JOB, registry: istio.registry }]);
      started.push(...served.servers);
      endpoints.push(...served.endpoints);
      gateway = await startGateway({
        virtualServices: [],
        revisions: new Map(Object.values(revisions).map((r) => [`${namespace}/${r.name}`, r.url])),
        services: new Map(),
        entryGateways: ['knative-serving/knative-local-gateway'],
        istio,
      });
      started.push(gateway);
    }
    const startedAt = Date.now();
    const prometheus = await startPrometheus({
      scrapeJobs: scrapeJobsOf(endpoints),
      scrapeIntervalSeconds: options.scrapeIntervalSeconds ?? 1,
      ...(options.log ? { log: options.log } : {}),
    });
    started.push({ close: () => prometheus.stop() });

    const targetOf = (spec: FixtureRevisionSpec): TrafficTarget =>
      gateway
        ? {
            name: spec.name,
            url: `${gateway.url}/`,
            host: `${spec.name}.${namespace}.svc.cluster.local`,
            rps: spec.rps,
          }
        : { name: spec.name, url: revisions[spec.name]?.url ?? '', rps: spec.rps };
    const startTrafficNow = (): TrafficDriver => {
      driver ??= startTraffic(options.revisions.map(targetOf), options.traffic);
      return driver;
    };
    if (options.startTraffic ?? true) startTrafficNow();

    return {
      namespace,
      serviceName,
      stack,
      endpoints,
      ...(gateway ? { gateway } : {}),
      prometheus,
      revisions,
      startedAt,
      startTraffic: startTrafficNow,
      traffic: () => driver,
      elapsedSeconds: () => Math.max(1, Math.floor((Date.now() - (driver?.startedAt ?? Date.now())) / 1000)),
      stop: teardown,
    };
  } catch (error) {
    await teardown().catch(() => undefined);
    throw error;
  }
}
