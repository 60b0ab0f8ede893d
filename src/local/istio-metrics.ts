// Istio's standard request metrics, as the Envoy proxies export them: `istio_requests_total` and
// `istio_request_duration_milliseconds` with Envoy's default millisecond buckets and Istio's
// standard label set. Local mode records them at two points (docs/knative-istio-series.md#istio):
// - reporter="destination" at each revision's sidecar, for every request it serves;
// - reporter="source" at the ingress gateway, for every request (live or mirrored copy) the
//   gateway forwards to a revision. A copy mirrored straight from the client's sidecar has no
//   source-side series, as in Istio.

import { Counter, Histogram, Registry } from 'prom-client';
import type { RevisionIdentity } from './queue-metrics.js';

/** Envoy's default histogram bounds, in milliseconds. */
export const ISTIO_DURATION_BUCKETS_MS: readonly number[] = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000, 3600000,
];

/** Where Envoy serves its statistics. */
export const ISTIO_METRICS_PATH = '/stats/prometheus';

const LABEL_NAMES = [
  'reporter',
  'source_workload',
  'source_canonical_service',
  'source_canonical_revision',
  'source_workload_namespace',
  'source_principal',
  'source_app',
  'source_version',
  'source_cluster',
  'destination_workload',
  'destination_workload_namespace',
  'destination_principal',
  'destination_app',
  'destination_version',
  'destination_service',
  'destination_canonical_service',
  'destination_canonical_revision',
  'destination_service_name',
  'destination_service_namespace',
  'destination_cluster',
  'request_protocol',
  'response_code',
  'grpc_response_status',
  'response_flags',
  'connection_security_policy',
] as const;
type IstioLabel = (typeof LABEL_NAMES)[number];

/** A workload in the mesh that sends requests. */
export interface IstioWorkload {
  name: string;
  namespace: string;
  serviceAccount: string;
}

/** net-istio's gateways run as the istio-ingressgateway pods. */
export const INGRESS_GATEWAY_WORKLOAD: IstioWorkload = {
  name: 'istio-ingressgateway',
  namespace: 'istio-system',
  serviceAccount: 'istio-ingressgateway-service-account',
};

export type IstioReporter = 'source' | 'destination';

export interface IstioRequest {
  reporter: IstioReporter;
  source: IstioWorkload;
  destination: Pick<RevisionIdentity, 'namespace' | 'revisionName'>;
  statusCode: number;
  latencyMs: number;
  /** Envoy's response flags; `-` when none (UF: the upstream connection failed). */
  responseFlags?: string;
}

export interface IstioMetrics {
  readonly registry: Registry;
  record(request: IstioRequest): void;
}

const CLUSTER = 'Kubernetes';

function principal(namespace: string, serviceAccount: string): string {
  return `spiffe://cluster.local/ns/${namespace}/sa/${serviceAccount}`;
}

/** Istio's standard labels for one request to a Knative revision. */
export function istioLabels(request: Omit<IstioRequest, 'latencyMs'>): Record<IstioLabel, string> {
  const { source, destination } = request;
  const revision = destination.revisionName;
  return {
    reporter: request.reporter,
    source_workload: source.name,
    source_canonical_service: source.name,
    source_canonical_revision: 'latest',
    source_workload_namespace: source.namespace,
    source_principal: principal(source.namespace, source.serviceAccount),
    source_app: source.name,
    source_version: 'unknown',
    source_cluster: CLUSTER,
    // The revision's pods belong to its Deployment; Knative labels them app=<revision>, and sets no version.
    destination_workload: `${revision}-deployment`,
    destination_workload_namespace: destination.namespace,
    destination_principal: principal(destination.namespace, 'default'),
    destination_app: revision,
    destination_version: 'unknown',
    destination_service: `${revision}.${destination.namespace}.svc.cluster.local`,
    destination_canonical_service: revision,
    destination_canonical_revision: 'latest',
    destination_service_name: revision,
    destination_service_namespace: destination.namespace,
    destination_cluster: CLUSTER,
    request_protocol: 'http',
    response_code: String(request.statusCode),
    grpc_response_status: '',
    response_flags: request.responseFlags ?? '-',
    // The sidecar terminates the mesh's mutual TLS; the gateway's own view of it is not reported.
    connection_security_policy: request.reporter === 'destination' ? 'mutual_tls' : 'unknown',
  };
}

export function createIstioMetrics(): IstioMetrics {
  const registry = new Registry();
  const requests = new Counter<IstioLabel>({
    name: 'istio_requests_total',
    help: 'Requests seen by an Istio proxy',
    labelNames: LABEL_NAMES,
    registers: [registry],
  });
  const duration = new Histogram<IstioLabel>({
    name: 'istio_request_duration_milliseconds',
    help: 'Request duration seen by an Istio proxy, in milliseconds',
    labelNames: LABEL_NAMES,
    buckets: [...ISTIO_DURATION_BUCKETS_MS],
    registers: [registry],
  });
  return {
    registry,
    record(request) {
      if (!Number.isFinite(request.latencyMs) || request.latencyMs < 0) {
        throw new RangeError(`latency must be a finite, non-negative number of ms, got ${request.latencyMs}`);
      }
      const labels = istioLabels(request);
      requests.inc(labels);
      // Envoy records durations in whole milliseconds.
      duration.observe(labels, Math.trunc(request.latencyMs));
    },
  };
}
