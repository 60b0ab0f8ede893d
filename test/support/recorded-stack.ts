// A Prometheus fed by the exporters of one stack (src/local/exporters.ts: the exact series of that
// Knative version, label style and Istio set-up), with requests recorded straight into the exporters
// instead of sent over HTTP: every stack can then be given exactly the same requests, so the metric
// packs' answers can be compared value for value.

import { ISTIO_JOB, revisionExporters, serveRegistries, type ScrapeEndpoint } from '../../src/local/exporters.js';
import { createIstioMetrics, INGRESS_GATEWAY_WORKLOAD } from '../../src/local/istio-metrics.js';
import { firstValue, scrapeJobsOf, startPrometheus, type PrometheusServer } from '../../src/local/prometheus.js';
import type { RequestRecorder, RevisionIdentity } from '../../src/local/queue-metrics.js';
import { resolveStack, type StackChoice } from '../../src/local/stack.js';

export interface RecordedRequest {
  statusCode: number;
  /** Whole milliseconds, so that every stack's unit and rounding hold it exactly. */
  latencyMs: number;
}

export interface RecordedStack {
  prometheus: PrometheusServer;
  /** The query URL a Metric would name: http://127.0.0.1:PORT/api/v1/query */
  queryUrl: string;
  /** Records the requests as served by `revision` (queue-proxy, sidecar and gateway hop, as the stack has them). */
  record(revision: string, requests: readonly RecordedRequest[]): void;
  /** Waits until Prometheus has scraped every endpoint `scrapes` more times. */
  waitForScrapes(scrapes?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface RecordedStackOptions {
  stack: StackChoice;
  revisions: string[];
  namespace?: string;
  serviceName?: string;
  /** Leave out the Knative queue-proxy series (a cluster with request-metrics-protocol: none). */
  withoutKnativeSeries?: boolean;
}

export async function startRecordedStack(options: RecordedStackOptions): Promise<RecordedStack> {
  const namespace = options.namespace ?? 'default';
  const serviceName = options.serviceName ?? 'sample-app';
  const stack = resolveStack(options.stack);
  const closers: Array<() => Promise<void>> = [];
  const stop = async (): Promise<void> => {
    await Promise.allSettled(closers.reverse().map((close) => close()));
    closers.length = 0;
  };
  try {
    const endpoints: ScrapeEndpoint[] = [];
    const recorders = new Map<string, { identity: RevisionIdentity; recorder: RequestRecorder }>();
    for (const revisionName of options.revisions) {
      const identity: RevisionIdentity = { namespace, serviceName, revisionName };
      const exporters = revisionExporters(stack, identity);
      const registries = options.withoutKnativeSeries
        ? exporters.registries.filter((r) => r.kind.job === ISTIO_JOB.job)
        : exporters.registries;
      const served = await serveRegistries(registries);
      closers.push(...served.servers.map((s) => () => s.close()));
      endpoints.push(...served.endpoints);
      recorders.set(revisionName, { identity, recorder: exporters.recorder });
    }
    const gateway = stack.istioTelemetry ? createIstioMetrics() : undefined;
    if (gateway) {
      const served = await serveRegistries([{ kind: ISTIO_JOB, registry: gateway.registry }]);
      closers.push(...served.servers.map((s) => () => s.close()));
      endpoints.push(...served.endpoints);
    }
    const prometheus = await startPrometheus({ scrapeJobs: scrapeJobsOf(endpoints), scrapeIntervalSeconds: 1 });
    closers.push(() => prometheus.stop());
    const scrapeCount = async (): Promise<number> => {
      const response = await prometheus.query('min(count_over_time(up[1h]))');
      return firstValue(response) ?? 0;
    };
    return {
      prometheus,
      queryUrl: `${prometheus.url}/api/v1/query`,
      record(revision, requests) {
        const found = recorders.get(revision);
        if (!found) throw new Error(`no revision ${revision} in this stack`);
        for (const request of requests) {
          found.recorder.record(found.identity, request.statusCode, request.latencyMs);
          gateway?.record({
            reporter: 'source',
            source: INGRESS_GATEWAY_WORKLOAD,
            destination: found.identity,
            statusCode: request.statusCode,
            latencyMs: request.latencyMs,
          });
        }
      },
      async waitForScrapes(scrapes = 2) {
        const start = await scrapeCount();
        const deadline = Date.now() + 60_000;
        while ((await scrapeCount()) < start + scrapes) {
          if (Date.now() > deadline) throw new Error('Prometheus stopped scraping');
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
