// What the function exports for Grafana on the /metrics that faas-js-runtime serves: ticks and
// iterations by result, each metric's latest value beside its objective's limits (per experiment,
// version and metric, so a dashboard can draw a value against its limit), metric backend errors and
// how long ticks take.
//
// faas-js-runtime serves a prom-client Registry of its own, made inside the runtime and not handed
// to the function. The function's metrics live in their own Registry, which is added to every
// registry that holds the runtime's `faas_invocations` counter when that counter is registered (see
// attachToRuntimeRegistry). prom-client must therefore be one module shared with the runtime: the
// function bundle leaves it external (scripts/bundle-function.ts).

import type { Metric } from 'prom-client';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isQuantity, quantityToNumber } from '../experiment/quantity.js';
import type { Experiment } from '../experiment/types.js';
import type { TickResult } from '../iteration/tick.js';
import type { ExperimentRef } from './events.js';
import { formatRef } from './events.js';
import type { TickSummary } from './summary.js';

export const METRIC_NAMES = {
  iterations: 'iter8fn_iterations_total',
  value: 'iter8fn_metric_value',
  limit: 'iter8fn_objective_limit',
  backendErrors: 'iter8fn_metric_backend_errors_total',
  tickDuration: 'iter8fn_tick_duration_seconds',
} as const;

/** The runtime's own counter, by which its registry is recognised. */
const RUNTIME_METRIC = 'faas_invocations';

type Limit = 'upper' | 'lower';

export class FunctionTelemetry {
  readonly registry = new Registry();
  private readonly iterations = new Counter(
    this.definition(
      'iterations',
      'Ticks that ran an iteration step, by result: iterated, completed, failed, errored (a metric backend error, not counted as an iteration).',
      ['experiment', 'result'],
    ),
  );
  private readonly value = new Gauge(
    this.definition(
      'value',
      'Latest value of a metric for a version (as in status.analysis.aggregatedMetrics); absent while unavailable.',
      ['experiment', 'version', 'metric'],
    ),
  );
  private readonly limit = new Gauge(
    this.definition(
      'limit',
      "An objective's limit on a metric, repeated per version so it can be drawn beside iter8fn_metric_value; limit is upper or lower.",
      ['experiment', 'version', 'metric', 'limit'],
    ),
  );
  private readonly backendErrors = new Counter(
    this.definition(
      'backendErrors',
      'Iteration attempts that failed on a metric backend error, by the metric and version that failed.',
      ['experiment', 'metric', 'version'],
    ),
  );
  private readonly tickDuration = new Histogram({
    ...this.definition(
      'tickDuration',
      "Time one experiment's tick took (read, metric queries, status write), by result.",
      ['result'],
    ),
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });

  /** One metric's name, help and labels, registered on this telemetry's registry. */
  private definition<L extends string>(key: keyof typeof METRIC_NAMES, help: string, labelNames: readonly L[]) {
    return { name: METRIC_NAMES[key], help, labelNames, registers: [this.registry] };
  }

  /** Every metric of this telemetry, to register on another registry as well. */
  metrics(): Metric[] {
    return [this.iterations, this.value, this.limit, this.backendErrors, this.tickDuration];
  }

  /** Records one experiment's tick. `result` is absent when the tick threw. */
  record(ref: ExperimentRef, summary: TickSummary, result: TickResult | undefined, seconds: number): void {
    const experiment = formatRef(ref);
    this.tickDuration.observe({ result: summary.result }, seconds);
    if (result?.kind !== 'stepped') return;
    const outcome = result.step.outcome;
    // A redelivered tick reports the outcome it repeats; it is not another iteration.
    if ('replayed' in outcome && outcome.replayed) return;
    this.iterations.inc({ experiment, result: summary.result });
    if (outcome.kind === 'iteration-errored') {
      this.backendErrors.inc({ experiment, metric: outcome.error.metric, version: outcome.error.version ?? '' });
      return;
    }
    this.recordValues(experiment, result.experiment);
  }

  private recordValues(experiment: string, stepped: Experiment): void {
    const aggregated = stepped.status?.analysis?.aggregatedMetrics?.data;
    if (!aggregated) return;
    const objectives = stepped.spec.criteria?.objectives ?? [];
    for (const [metric, { data }] of Object.entries(aggregated)) {
      const limits: Array<[Limit, number]> = [];
      for (const objective of objectives.filter((o) => o.metric === metric)) {
        if (isQuantity(objective.upperLimit)) limits.push(['upper', quantityToNumber(objective.upperLimit)]);
        if (isQuantity(objective.lowerLimit)) limits.push(['lower', quantityToNumber(objective.lowerLimit)]);
      }
      for (const [version, entry] of Object.entries(data)) {
        const labels = { experiment, version, metric };
        if (entry.value !== undefined && isQuantity(entry.value)) this.value.set(labels, quantityToNumber(entry.value));
        else this.value.remove(labels);
        for (const [limit, value] of limits) this.limit.set({ ...labels, limit }, value);
      }
    }
  }
}

let attached: FunctionTelemetry | undefined;

/**
 * Makes `telemetry`'s metrics part of the registry faas-js-runtime serves on /metrics. The runtime
 * creates that registry when it starts listening, after the function's init(), so the hook waits
 * for the registration of the runtime's first counter. Once per process.
 */
export function attachToRuntimeRegistry(telemetry: FunctionTelemetry): void {
  if (attached) return;
  attached = telemetry;
  const prototype = Registry.prototype;
  // Read through the descriptor: the original is only ever called with a registry as `this`.
  const register = Object.getOwnPropertyDescriptor(prototype, 'registerMetric')?.value as (
    this: Registry,
    metric: Metric,
  ) => void;
  prototype.registerMetric = function registerMetric(this: Registry, metric: Metric) {
    register.call(this, metric);
    if (this !== telemetry.registry && (metric as unknown as { name?: unknown }).name === RUNTIME_METRIC) {
      for (const own of telemetry.metrics()) register.call(this, own);
    }
  };
}
