// The built-in `iter8-knative` metric pack (docs/iter8-behaviour.md#the-iter8-knative-metric-pack), also shipped as
// config/metrics/knative.yaml
// (test/unit/metrics-pack.test.ts keeps the two identical).
//
// The queries are Iter8's, selecting the revision with the `$revision` variable: that is the form the
// seed tutorials were written against (their versions are named `current` and carry a `revision`
// variable). Versions named after their revision, as in Iter8 v0.5+ samples, need no variable:
// the engine supplies `revision` = version name when a version does not set it (metrics/args.ts).

import type { Metric } from '../experiment/types.js';

export const KNATIVE_NAMESPACE = 'iter8-knative';
export const DEFAULT_PROMETHEUS_QUERY_URL = 'http://prometheus-operated.iter8-system:9090/api/v1/query';
export const PROMETHEUS_JQ = '.data.result[0].value[1] | tonumber';

const count = (selector: string): string =>
  `sum(increase(revision_app_request_latencies_count{${selector}}[\${elapsedTime}s])) or on() vector(0)`;
const REVISION = "revision_name='$revision'";
const ERRORS = `response_code_class!='2xx',${REVISION}`;

interface PackEntry {
  name: string;
  description: string;
  type: 'Counter' | 'Gauge';
  units?: string;
  sampleSize?: string;
  query: string;
}

const ENTRIES: PackEntry[] = [
  { name: 'request-count', description: 'Number of requests', type: 'Counter', query: count(REVISION) },
  { name: 'error-count', description: 'Number of error responses', type: 'Counter', query: count(ERRORS) },
  {
    name: 'error-rate',
    description: 'Fraction of requests with error responses',
    type: 'Gauge',
    sampleSize: `${KNATIVE_NAMESPACE}/request-count`,
    query: `(${count(ERRORS)}) / (${count(REVISION)})`,
  },
  {
    name: 'mean-latency',
    description: 'Mean latency',
    type: 'Gauge',
    units: 'milliseconds',
    sampleSize: `${KNATIVE_NAMESPACE}/request-count`,
    query:
      `(sum(increase(revision_app_request_latencies_sum{${REVISION}}[\${elapsedTime}s])) or on() vector(0))` +
      ` / (${count(REVISION)})`,
  },
  {
    name: '95th-percentile-tail-latency',
    description: '95th percentile tail latency',
    type: 'Gauge',
    units: 'milliseconds',
    sampleSize: `${KNATIVE_NAMESPACE}/request-count`,
    query: `histogram_quantile(0.95, sum(rate(revision_app_request_latencies_bucket{${REVISION}}[\${elapsedTime}s])) by (le))`,
  },
];

function toMetric(entry: PackEntry): Metric {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Metric',
    metadata: { name: entry.name, namespace: KNATIVE_NAMESPACE },
    spec: {
      description: entry.description,
      ...(entry.units ? { units: entry.units } : {}),
      type: entry.type,
      ...(entry.sampleSize ? { sampleSize: entry.sampleSize } : {}),
      provider: 'prometheus',
      // Block scalars in Iter8's YAML end in a newline; keep the queries byte-identical.
      params: [{ name: 'query', value: `${entry.query}\n` }],
      jqExpression: PROMETHEUS_JQ,
      urlTemplate: DEFAULT_PROMETHEUS_QUERY_URL,
    },
  };
}

export const KNATIVE_METRICS: readonly Metric[] = ENTRIES.map(toMetric);
