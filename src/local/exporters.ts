// The metrics one local revision pod exports for a chosen stack, each on the endpoint the real pod
// would serve it from (the queue-proxy; the Istio sidecar), and the Prometheus scrape jobs that
// collect them the way that set-up would (docs/knative-istio-series.md).

import type { Registry } from 'prom-client';
import {
  createIstioMetrics,
  INGRESS_GATEWAY_WORKLOAD,
  ISTIO_METRICS_PATH,
  type IstioMetrics,
} from './istio-metrics.js';
import { createOtelQueueMetrics } from './otel-queue-metrics.js';
import {
  createQueueMetrics,
  startMetricsServer,
  type MetricsServer,
  type RequestRecorder,
  type RevisionIdentity,
} from './queue-metrics.js';
import type { LocalStack } from './stack.js';

/** How Prometheus collects one kind of endpoint. */
export interface ScrapeJobKind {
  /** The job name (and so the `job` label, unless the exposition carries its own). */
  job: string;
  metricsPath: string;
  /** Keep the exposition's job and instance labels (stands in for OTLP push). */
  honorLabels: boolean;
}

/** Knative's queue-proxy metrics port, scraped by a ServiceMonitor. */
export const QUEUE_PROXY_JOB: ScrapeJobKind = {
  job: 'knative-queue-proxy',
  metricsPath: '/metrics',
  honorLabels: false,
};
/** Series that reached Prometheus through its OTLP receiver. */
export const OTLP_JOB: ScrapeJobKind = { job: 'knative-otlp', metricsPath: '/metrics', honorLabels: true };
/** Istio's proxies (sidecars and gateways). */
export const ISTIO_JOB: ScrapeJobKind = { job: 'istio-proxies', metricsPath: ISTIO_METRICS_PATH, honorLabels: false };

export interface ExportedRegistry {
  kind: ScrapeJobKind;
  registry: Registry;
}

/** One running endpoint: where Prometheus finds it. */
export interface ScrapeEndpoint extends ScrapeJobKind {
  /** host:port */
  hostPort: string;
}

export interface RevisionExporters {
  recorder: RequestRecorder;
  registries: ExportedRegistry[];
}

/** What one revision pod exports on `stack`: its queue-proxy's series and, with Istio telemetry, its sidecar's. */
export function revisionExporters(stack: LocalStack, revision: RevisionIdentity): RevisionExporters {
  const series = stack.series;
  const queue =
    series.kind === 'opencensus'
      ? { recorder: createQueueMetrics(), kind: QUEUE_PROXY_JOB }
      : {
          recorder: createOtelQueueMetrics(revision, series, stack.metricsStyle),
          kind: stack.metricsStyle === 'promoted' ? OTLP_JOB : QUEUE_PROXY_JOB,
        };
  const registries: ExportedRegistry[] = [{ kind: queue.kind, registry: queue.recorder.registry }];
  let sidecar: IstioMetrics | undefined;
  if (stack.istioTelemetry) {
    sidecar = createIstioMetrics();
    registries.push({ kind: ISTIO_JOB, registry: sidecar.registry });
  }
  return {
    registries,
    recorder: {
      record(served, statusCode, latencyMs) {
        queue.recorder.record(served, statusCode, latencyMs);
        // In local mode every request reaches a revision through the ingress gateway.
        sidecar?.record({
          reporter: 'destination',
          source: INGRESS_GATEWAY_WORKLOAD,
          destination: served,
          statusCode,
          latencyMs,
        });
      },
    },
  };
}

export interface ServedExporters {
  endpoints: ScrapeEndpoint[];
  servers: MetricsServer[];
}

/** Serves each registry on its own loopback port; on a failure, closes what it started. */
export async function serveRegistries(registries: readonly ExportedRegistry[]): Promise<ServedExporters> {
  const servers: MetricsServer[] = [];
  const endpoints: ScrapeEndpoint[] = [];
  try {
    for (const { kind, registry } of registries) {
      const server = await startMetricsServer(registry, 0, kind.metricsPath);
      servers.push(server);
      endpoints.push({ ...kind, hostPort: server.hostPort });
    }
  } catch (error) {
    await Promise.allSettled(servers.map((s) => s.close()));
    throw error;
  }
  return { endpoints, servers };
}
