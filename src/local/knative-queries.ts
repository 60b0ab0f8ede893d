// The iter8-knative queries for one revision, taken from the engine's built-in pack and substituted
// exactly as the engine does, so what local mode waits for and what the experiment reads can never
// disagree. Used by `iter8fn local` (wait until the dark revision has samples) and by the tests.

import { versionArgs } from '../metrics/args.js';
import { KNATIVE_METRICS } from '../metrics/knative.js';
import { promqlEscaper, substitute } from '../metrics/template.js';

export type Iter8KnativeMetric =
  'request-count' | 'error-count' | 'error-rate' | 'mean-latency' | '95th-percentile-tail-latency';

/** The iter8-knative query for one revision over the last `elapsedSeconds` (at least 1). */
export function iter8KnativeQuery(metric: Iter8KnativeMetric, revisionName: string, elapsedSeconds: number): string {
  const template = KNATIVE_METRICS.find((m) => m.metadata.name === metric)?.spec.params?.[0]?.value;
  if (!template) throw new Error(`no built-in metric ${metric}`);
  const args = versionArgs({ name: revisionName }, Math.max(1, Math.floor(elapsedSeconds)));
  return substitute(template, args, promqlEscaper);
}
