// Queue-proxy request measurement shaped like Knative Serving >= 1.19: one OpenTelemetry
// histogram in seconds per request, with the response status as its only point attribute, and the
// revision, namespace and pod as resource attributes. How those attributes reach Prometheus
// depends on the set-up (docs/knative-istio-series.md#label-styles):
// - scrape: Knative's own Prometheus exporter; the series carry the otel_scope_* labels and no
//   revision label, and a `target_info` series on the same target carries the resource attributes;
// - promoted: OTLP push into a Prometheus that promotes the resource attributes onto every series,
//   with job and instance taken from service.name and service.instance.id. Prometheus 2.42 has no
//   OTLP receiver, so the exposition carries those labels itself and Prometheus scrapes it with
//   honor_labels, which stores exactly what the OTLP receiver would.

import { Gauge, Histogram, Registry } from 'prom-client';
import { podNameOf, type RequestRecorder, type RevisionIdentity } from './queue-metrics.js';
import type { MetricsStyle, QueueProxySeries } from './stack.js';

/** The histogram's bucket bounds in seconds (OTel's HTTP server defaults, as Knative sets them). */
export const KNATIVE_OTEL_LATENCY_BUCKETS_SECONDS: readonly number[] = [
  0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
];

/** The instrumentation scope of the queue-proxy's request metrics. */
export const KNATIVE_QUEUE_SCOPE = 'knative.dev/serving/pkg/queue';

/** Resource attributes every series or target_info names; `service_version` stands for the build's commit. */
const SDK_ATTRIBUTES = {
  telemetry_sdk_language: 'go',
  telemetry_sdk_name: 'opentelemetry',
  telemetry_sdk_version: '1.37.0',
} as const;

/** Attributes the OTLP set-up promotes onto every series (besides job and instance). */
const PROMOTED = [
  'k8s_namespace_name',
  'k8s_pod_name',
  'k8s_container_name',
  'kn_service_name',
  'kn_configuration_name',
  'kn_revision_name',
  'service_version',
] as const;

export type OtelSeries = Extract<QueueProxySeries, { kind: 'otel' }>;

export interface OtelQueueMetrics extends RequestRecorder {
  readonly registry: Registry;
  /** The resource attributes as Prometheus labels (dots to underscores), service.* included. */
  readonly resource: Readonly<Record<string, string>>;
}

export class RecorderMismatchError extends Error {
  override name = 'RecorderMismatchError';
}

/** The queue-proxy's OTel resource, as Prometheus label names. */
export function otelResource(revision: RevisionIdentity, series: OtelSeries): Record<string, string> {
  const pod = podNameOf(revision);
  return {
    k8s_namespace_name: revision.namespace,
    ...(series.podAttributes ? { k8s_pod_name: pod, k8s_container_name: 'queue-proxy' } : {}),
    service_version: 'local',
    // service.name is the first of the Knative Service, Configuration and Revision names.
    service_name: revision.serviceName,
    service_instance_id: pod,
    kn_service_name: revision.serviceName,
    kn_configuration_name: revision.configurationName ?? revision.serviceName,
    kn_revision_name: revision.revisionName,
    ...SDK_ATTRIBUTES,
  };
}

/**
 * One revision pod's queue-proxy. A target carries one resource, so an exporter serves exactly one
 * revision; recording another revision's request into it is a programming error.
 */
export function createOtelQueueMetrics(
  revision: RevisionIdentity,
  series: OtelSeries,
  style: MetricsStyle,
): OtelQueueMetrics {
  const registry = new Registry();
  const resource = otelResource(revision, series);
  const { service_name: job, service_instance_id: instance, ...rest } = resource;
  const promoted: Record<string, string> = { job: job ?? '', instance: instance ?? '' };
  for (const name of PROMOTED) {
    const value = resource[name];
    if (value !== undefined) promoted[name] = value;
  }
  const seriesLabels: Record<string, string> =
    style === 'promoted' ? promoted : { otel_scope_name: KNATIVE_QUEUE_SCOPE };
  // In scrape mode target_info holds every attribute; through OTLP, job and instance replace service.*.
  const targetInfoLabels: Record<string, string> =
    style === 'promoted' ? { job: promoted.job ?? '', instance: promoted.instance ?? '', ...rest } : resource;

  const histogram = new Histogram<string>({
    name: series.histogram,
    help: 'The time the user container took to answer a request, in seconds',
    labelNames: [...Object.keys(seriesLabels), 'http_response_status_code'],
    buckets: [...KNATIVE_OTEL_LATENCY_BUCKETS_SECONDS],
    registers: [registry],
  });
  const targetInfo = new Gauge<string>({
    name: 'target_info',
    help: 'Target metadata',
    labelNames: Object.keys(targetInfoLabels),
    registers: [registry],
  });
  targetInfo.set(targetInfoLabels, 1);

  return {
    registry,
    resource,
    record(served, statusCode, latencyMs) {
      if (served.revisionName !== revision.revisionName || served.namespace !== revision.namespace) {
        throw new RecorderMismatchError(
          `the queue-proxy of ${revision.namespace}/${revision.revisionName} cannot record a request of ${served.namespace}/${served.revisionName}`,
        );
      }
      if (!Number.isFinite(latencyMs) || latencyMs < 0) {
        throw new RangeError(`latency must be a finite, non-negative number of ms, got ${latencyMs}`);
      }
      // The affected versions divided the duration by a whole second before converting it.
      const seconds = series.wholeSecondsBug ? Math.trunc(latencyMs / 1000) : latencyMs / 1000;
      histogram.observe({ ...seriesLabels, http_response_status_code: String(statusCode) }, seconds);
    },
  };
}
