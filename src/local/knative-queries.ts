// The iter8-knative queries for one revision, taken from the engine's built-in pack and substituted
// exactly as the engine does, so what local mode waits for and what the experiment reads can never
// disagree. Used by `iter8fn local` (wait until the dark revision has samples) and by the tests.

import { versionArgs } from '../metrics/args.js';
import { KNATIVE_METRICS } from '../metrics/knative.js';
import { promqlEscaper, substitute } from '../metrics/template.js';
import type { LocalStack } from './stack.js';

export type Iter8KnativeMetric =
  'request-count' | 'error-count' | 'error-rate' | 'mean-latency' | '95th-percentile-tail-latency';

/** The iter8-knative query for one revision over the last `elapsedSeconds` (at least 1). */
export function iter8KnativeQuery(metric: Iter8KnativeMetric, revisionName: string, elapsedSeconds: number): string {
  const template = KNATIVE_METRICS.find((m) => m.metadata.name === metric)?.spec.params?.[0]?.value;
  if (!template) throw new Error(`no built-in metric ${metric}`);
  const args = versionArgs({ name: revisionName }, Math.max(1, Math.floor(elapsedSeconds)));
  return substitute(template, args, promqlEscaper);
}

/**
 * A query whose value is the number of requests Prometheus holds for one revision on `stack`, over
 * the revision's whole life: local mode waits on it before the first iteration. Knative <= 1.18
 * uses the built-in pack's query; the OTel series are found by their promoted labels, or by the
 * join with target_info (docs/knative-istio-series.md#label-styles).
 */
export function revisionSamplesQuery(stack: LocalStack, namespace: string, revisionName: string): string {
  const series = stack.series;
  if (series.kind === 'opencensus') return iter8KnativeQuery('request-count', revisionName, 60);
  const args = { namespace, revision: revisionName };
  const resource = 'k8s_namespace_name="${namespace}",kn_revision_name="${revision}"';
  const template =
    stack.metricsStyle === 'promoted'
      ? `sum(${series.histogram}_count{${resource}})`
      : `sum(${series.histogram}_count * on(job, instance) group_left() target_info{${resource}})`;
  return substitute(template, args, promqlEscaper);
}
