// Where Metric resources come from, and how an experiment's references resolve to them.
// A reference is `namespace/name`, or a bare `name` looked up in the experiment's namespace and then
// in the built-in iter8-knative pack (so seed 001's bare `mean-latency` works with no Metric installed).

import type { Experiment, Metric, MetricSnapshot } from '../experiment/types.js';
import { DEFAULT_PROMETHEUS_QUERY_URL, KNATIVE_NAMESPACE } from './knative.js';
import { packOf } from './packs.js';
import { errorMessage } from '../util/errors.js';

export interface MetricCatalog {
  /** The Metric, or undefined when it does not exist. Throws only on I/O failure. */
  get(namespace: string, name: string): Promise<Metric | undefined>;
}

export class MetricResolutionError extends Error {
  constructor(
    readonly reference: string,
    readonly reason: 'MetricUnavailable' | 'MetricsUnreadable',
    message: string,
  ) {
    super(message);
  }
}

/** Metrics held in memory: the built-in pack plus any loaded from files (`--metrics PATH`). */
export class InMemoryMetricCatalog implements MetricCatalog {
  private readonly metrics = new Map<string, Metric>();

  constructor(metrics: Iterable<Metric> = []) {
    for (const metric of metrics) this.add(metric);
  }

  add(metric: Metric, defaultNamespace = 'default'): void {
    const namespace = metric.metadata.namespace ?? defaultNamespace;
    this.metrics.set(`${namespace}/${metric.metadata.name ?? ''}`, metric);
  }

  async get(namespace: string, name: string): Promise<Metric | undefined> {
    return this.metrics.get(`${namespace}/${name}`);
  }
}

/** Tries each catalog in turn; the first that knows the metric wins. */
export class ChainedMetricCatalog implements MetricCatalog {
  constructor(private readonly catalogs: MetricCatalog[]) {}

  async get(namespace: string, name: string): Promise<Metric | undefined> {
    for (const catalog of this.catalogs) {
      const found = await catalog.get(namespace, name);
      if (found) return found;
    }
    return undefined;
  }
}

export function experimentNamespace(experiment: Experiment): string {
  return experiment.metadata.namespace ?? 'default';
}

/** Every metric reference in the criteria, in a stable order: requestCount, objectives, rewards, indicators, comparisons. */
export function criteriaMetricRefs(experiment: Experiment): string[] {
  const criteria = experiment.spec.criteria;
  if (!criteria) return [];
  const refs = [
    ...(criteria.requestCount ? [criteria.requestCount] : []),
    ...(criteria.objectives ?? []).map((o) => o.metric),
    ...(criteria.rewards ?? []).map((r) => r.metric),
    ...(criteria.indicators ?? []),
    ...(criteria.comparisons ?? []).map((c) => c.metric),
  ];
  return [...new Set(refs)];
}

/** `ns/name` of a metric object. */
export function metricIdentity(metric: Metric): string {
  return `${metric.metadata.namespace ?? 'default'}/${metric.metadata.name ?? ''}`;
}

async function lookup(reference: string, namespace: string, catalog: MetricCatalog): Promise<Metric> {
  const slash = reference.indexOf('/');
  const candidates: Array<[string, string]> =
    slash >= 0
      ? [[reference.slice(0, slash), reference.slice(slash + 1)]]
      : [
          [namespace, reference],
          [KNATIVE_NAMESPACE, reference],
        ];
  for (const [ns, name] of candidates) {
    let metric: Metric | undefined;
    try {
      metric = await catalog.get(ns, name);
    } catch (err) {
      throw new MetricResolutionError(
        reference,
        'MetricsUnreadable',
        `Unable to load metric ${ns}/${name}: ${errorMessage(err)}`,
      );
    }
    if (metric) return { ...metric, metadata: { ...metric.metadata, name, namespace: ns } };
  }
  const [ns, name] = candidates[0] as [string, string];
  const fallback = slash >= 0 ? '' : ` (nor ${KNATIVE_NAMESPACE}/${name})`;
  throw new MetricResolutionError(reference, 'MetricUnavailable', `Unable to find metric ${ns}/${name}${fallback}`);
}

/**
 * Resolves every referenced metric, plus the sampleSize metrics they name, into the snapshot Iter8
 * keeps in status.metrics. Snapshot names are the references as written; a sampleSize metric that
 * resolves to a metric already present is not listed twice.
 */
export async function resolveExperimentMetrics(
  experiment: Experiment,
  catalog: MetricCatalog,
): Promise<MetricSnapshot[]> {
  const namespace = experimentNamespace(experiment);
  const snapshots: MetricSnapshot[] = [];
  const seen = new Set<string>();
  const criteriaRefs = criteriaMetricRefs(experiment);
  const pending: Array<{ reference: string; namespace: string }> = criteriaRefs.map((reference) => ({
    reference,
    namespace,
  }));
  for (let i = 0; i < pending.length; i++) {
    const { reference, namespace: ns } = pending[i] as { reference: string; namespace: string };
    const metric = await lookup(reference, ns, catalog);
    const identity = metricIdentity(metric);
    const isCriteriaRef = i < criteriaRefs.length;
    if (seen.has(identity) && !isCriteriaRef) continue;
    seen.add(identity);
    snapshots.push({ name: reference, metricObj: metric });
    const sampleSize = metric.spec.sampleSize;
    if (sampleSize && !pending.some((p) => p.reference === sampleSize)) {
      // A bare sampleSize name resolves in the referring metric's namespace
      // (docs/iter8-behaviour.md#the-metric-resource).
      pending.push({ reference: sampleSize, namespace: metric.metadata.namespace ?? namespace });
    }
  }
  return snapshots;
}

/** Identity (`ns/name`) of the sampleSize metric of `metric`, if any. */
export function sampleSizeIdentity(metric: Metric): string | undefined {
  const ref = metric.spec.sampleSize;
  if (!ref) return undefined;
  return ref.includes('/') ? ref : `${metric.metadata.namespace ?? 'default'}/${ref}`;
}

/**
 * Whether `--prometheus` / ITER8FN_PROMETHEUS_URL applies to `metric`: a built-in pack metric, or
 * one that names Iter8's stock in-cluster Prometheus. Any other Metric asked for its own URL (a
 * Thanos querier, a second Prometheus), and is queried there or refused by the allowlist.
 */
export function followsConfiguredPrometheus(metric: Metric): boolean {
  if (metric.spec.mock) return false;
  if (packOf(metric) !== undefined) return true;
  const template = metric.spec.urlTemplate;
  if (!template) return false;
  try {
    return new URL(template).origin === new URL(DEFAULT_PROMETHEUS_QUERY_URL).origin;
  } catch {
    return false;
  }
}

/**
 * Points a built-in or stock-URL metric at the given server, keeping the API path of its urlTemplate
 * (`--prometheus http://127.0.0.1:9090` turns the built-in URL into http://127.0.0.1:9090/api/v1/query).
 * Other metrics are returned as they are.
 */
export function withPrometheusUrl(metric: Metric, prometheusUrl: string): Metric {
  if (!followsConfiguredPrometheus(metric)) return metric;
  const template = metric.spec.urlTemplate;
  let path = '/api/v1/query';
  try {
    if (template) path = new URL(template).pathname;
  } catch {
    // Unreachable for the metrics that follow: their URL parsed above.
  }
  return { ...metric, spec: { ...metric.spec, urlTemplate: `${prometheusUrl.replace(/\/+$/, '')}${path}` } };
}
