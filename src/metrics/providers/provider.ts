// One small interface for every metric backend, one file per provider (as Argo Rollouts does).

import type { Metric } from '../../experiment/types.js';

export interface MetricQuery {
  /** `ns/name` of the metric. */
  metricId: string;
  metric: Metric;
  version: string;
  /** Template arguments for this version: name, revision, its variables, elapsedTime. */
  args: Readonly<Record<string, string>>;
  /** Decoded data of the metric's secret, when it names one. */
  secret?: Readonly<Record<string, string>>;
  elapsedSeconds: number;
}

/**
 * - value: a finite number.
 * - unavailable: the backend answered properly but has no data yet (empty vector, NaN): usually a
 *   version that has had no traffic. Shown as `unavailable`, never as a violated objective.
 * - error: the backend is down, slow, or answered garbage. Counted against the error limit.
 * - refused: iter8fn would not send the request at all (its URL is not on the operator's allowlist).
 *   Retrying cannot change that, so the experiment fails at once with `reason`.
 */
export type MetricOutcome =
  | { kind: 'value'; value: number }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'refused'; reason: RefusalReason; message: string };

/** Condition reasons of permanent refusals (iteration/conditions.ts Reason has the same names). */
export type RefusalReason = 'MetricURLRefused';

/** Cumulative counts per histogram bucket, as Prometheus reports them (upper bounds ascending, +Inf last). */
export interface BucketCounts {
  upperBounds: number[];
  cumulative: number[];
}

/** The answer to a metric's bucketQuery (spec.comparison): the histogram, or why there is none. */
export type BucketOutcome = { kind: 'buckets'; buckets: BucketCounts } | { kind: 'unavailable'; reason: string };

export interface MetricProvider {
  readonly name: string;
  fetch(query: MetricQuery, signal: AbortSignal): Promise<MetricOutcome>;
  /** Runs `query.metric.spec.comparison.bucketQuery` in place of the metric's query; providers without it have no buckets. */
  fetchBuckets?(query: MetricQuery, signal: AbortSignal): Promise<BucketOutcome>;
}
