// Queue-proxy style request measurement, shaped like Knative Serving <= 1.18 (OpenCensus views
// `app_request_count` and `app_request_latencies`, exported on the queue-proxy's :9091):
// whole-millisecond latencies, the ms bucket layout below, and the resource + tag labels that
// the iter8-knative PromQL selects on (revision_name, response_code_class, service_name).

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Histogram, Registry } from 'prom-client';

/** Knative <= 1.18 queue-proxy latency bucket bounds, in milliseconds. */
export const REVISION_APP_LATENCY_BUCKETS_MS: readonly number[] = [
  5, 10, 20, 40, 60, 80, 100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000, 2000, 5000, 10000,
  20000, 50000, 100000,
];

export const REVISION_APP_LATENCY_METRIC = 'revision_app_request_latencies';
export const REVISION_APP_COUNT_METRIC = 'revision_app_request_count';

const LABEL_NAMES = [
  'namespace_name',
  'service_name',
  'configuration_name',
  'revision_name',
  'pod_name',
  'container_name',
  'response_code',
  'response_code_class',
] as const;
type LabelName = (typeof LABEL_NAMES)[number];

/** Who served a request: the resource labels Knative attaches to every queue-proxy series. */
export interface RevisionIdentity {
  namespace: string;
  serviceName: string;
  /** Knative names a service's configuration after the service; defaults to serviceName. */
  configurationName?: string;
  revisionName: string;
  /** Defaults to `<revisionName>-deployment-local`, standing in for the pod's generated name. */
  podName?: string;
}

/** Anything that can take one measured request; the local revisions depend only on this. */
export interface RequestRecorder {
  record(revision: RevisionIdentity, statusCode: number, latencyMs: number): void;
}

export interface QueueMetrics extends RequestRecorder {
  /** A private registry, so several local "clusters" in one process never share series. */
  readonly registry: Registry;
}

/** The pod name a revision's series carry: Knative's `<revision>-deployment-<hash>`, with `local` for the hash. */
export function podNameOf(revision: RevisionIdentity): string {
  return revision.podName ?? `${revision.revisionName}-deployment-local`;
}

/** "2xx", "5xx", ...: the class label Knative derives from the status code. */
export function responseCodeClass(statusCode: number): string {
  return `${Math.floor(statusCode / 100)}xx`;
}

export function createQueueMetrics(): QueueMetrics {
  const registry = new Registry();
  const latencies = new Histogram<LabelName>({
    name: REVISION_APP_LATENCY_METRIC,
    help: 'The response time in millisecond',
    labelNames: LABEL_NAMES,
    buckets: [...REVISION_APP_LATENCY_BUCKETS_MS],
    registers: [registry],
  });
  const requestCount = new Counter<LabelName>({
    name: REVISION_APP_COUNT_METRIC,
    help: 'The number of requests that are routed to user-container',
    labelNames: LABEL_NAMES,
    registers: [registry],
  });

  return {
    registry,
    record(revision, statusCode, latencyMs) {
      if (!Number.isFinite(latencyMs) || latencyMs < 0) {
        throw new RangeError(`latency must be a finite, non-negative number of ms, got ${latencyMs}`);
      }
      const labels: Record<LabelName, string> = {
        namespace_name: revision.namespace,
        service_name: revision.serviceName,
        configuration_name: revision.configurationName ?? revision.serviceName,
        revision_name: revision.revisionName,
        pod_name: podNameOf(revision),
        container_name: 'queue-proxy',
        response_code: String(statusCode),
        response_code_class: responseCodeClass(statusCode),
      };
      // Knative records latency.Milliseconds(), which truncates to whole ms.
      latencies.observe(labels, Math.trunc(latencyMs));
      requestCount.inc(labels);
    },
  };
}

export interface MetricsServer {
  /** Full scrape URL, e.g. http://127.0.0.1:40123/metrics */
  url: string;
  /** host:port, the form a Prometheus static_config target takes. */
  hostPort: string;
  port: number;
  close(): Promise<void>;
}

/** Serves `registry` on http://127.0.0.1:<port><metricsPath> (port 0 picks a free one). */
export async function startMetricsServer(
  registry: Registry,
  port = 0,
  metricsPath = '/metrics',
): Promise<MetricsServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || path !== metricsPath) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`${String(error)}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const boundPort = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${boundPort}${metricsPath}`,
    hostPort: `127.0.0.1:${boundPort}`,
    port: boundPort,
    close() {
      closing ??= new Promise<void>((resolve) => {
        // Prometheus keeps its scrape connection alive; without this, close() would wait for it.
        server.closeAllConnections();
        server.close(() => resolve());
      });
      return closing;
    },
  };
}
