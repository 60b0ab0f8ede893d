// Metrics and metric credentials from the cluster. The catalog reads `metrics.iter8.tools` and falls
// back to the built-in iter8-knative pack (so an experiment works before config/metrics is applied,
// and in the namespaced install, which cannot read the iter8-knative namespace). The secret reader
// reads only the namespace it is asked for; fetch.ts asks only for the experiment's own namespace.
// Secret values never leave this module except as the data handed to the metric provider.

import { parseMetric } from '../experiment/parse.js';
import type { Metric } from '../experiment/types.js';
import type { MetricCatalog } from '../metrics/catalog.js';
import { ChainedMetricCatalog, InMemoryMetricCatalog, withPrometheusUrl } from '../metrics/catalog.js';
import type { SecretReader } from '../metrics/fetch.js';
import { KNATIVE_METRICS } from '../metrics/knative.js';
import { StoreUnavailableError } from '../iteration/ports.js';
import type { KubernetesApi } from './kubernetes-api.js';
import { isKubernetesApiError, METRICS, SECRETS } from './kubernetes-api.js';

/** Namespaces the function may read; undefined means all (the cluster-wide install). */
export type NamespaceScope = ReadonlySet<string> | undefined;

export const inScope = (scope: NamespaceScope, namespace: string): boolean =>
  scope === undefined || scope.has(namespace);

export class KubernetesMetricCatalog implements MetricCatalog {
  constructor(
    private readonly api: KubernetesApi,
    private readonly scope: NamespaceScope = undefined,
  ) {}

  async get(namespace: string, name: string): Promise<Metric | undefined> {
    // Outside the namespaces granted to the function: not asked (the next catalog may know it).
    if (!inScope(this.scope, namespace)) return undefined;
    let object: unknown;
    try {
      object = await this.api.get(METRICS, namespace, name);
    } catch (err) {
      // Transient: the tick is retried rather than the experiment failed for an unreadable metric.
      if (isKubernetesApiError(err) && err.transient) throw new StoreUnavailableError(err.message);
      throw err;
    }
    if (object === undefined) return undefined;
    // An invalid Metric throws InvalidInputError, which fails the experiment (MetricsUnreadable).
    return parseMetric(object, `metric ${namespace}/${name}`);
  }
}

/** Maps every metric a catalog returns (used to point Prometheus metrics at the configured server). */
class MappedMetricCatalog implements MetricCatalog {
  constructor(
    private readonly inner: MetricCatalog,
    private readonly map: (metric: Metric) => Metric,
  ) {}

  async get(namespace: string, name: string): Promise<Metric | undefined> {
    const metric = await this.inner.get(namespace, name);
    return metric && this.map(metric);
  }
}

/** Cluster Metrics first, then the built-in pack; Prometheus metrics pointed at `prometheusUrl` if given. */
export function clusterMetricCatalog(
  api: KubernetesApi,
  options: { scope?: NamespaceScope; prometheusUrl?: string } = {},
): MetricCatalog {
  const chain = new ChainedMetricCatalog([
    new KubernetesMetricCatalog(api, options.scope),
    new InMemoryMetricCatalog(KNATIVE_METRICS),
  ]);
  const url = options.prometheusUrl;
  return url ? new MappedMetricCatalog(chain, (metric) => withPrometheusUrl(metric, url)) : chain;
}

export class KubernetesSecretReader implements SecretReader {
  constructor(
    private readonly api: KubernetesApi,
    private readonly scope: NamespaceScope = undefined,
  ) {}

  async get(namespace: string, name: string): Promise<Record<string, string> | undefined> {
    if (!inScope(this.scope, namespace)) throw new Error(`namespace ${namespace} is not one the function may read`);
    const secret = await this.api.get(SECRETS, namespace, name);
    if (!secret) return undefined;
    const data = secret.data;
    const decoded: Record<string, string> = {};
    if (typeof data === 'object' && data !== null) {
      for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        if (typeof value === 'string') decoded[key] = Buffer.from(value, 'base64').toString('utf8');
      }
    }
    // stringData is write-only in Kubernetes; a Secret read back carries data only.
    return decoded;
  }
}
