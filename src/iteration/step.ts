// The iteration state machine as ONE pure step: (experiment, fetched values, now) -> new status.
// No I/O, no clock, no randomness: the function, the CLI and local mode all call this, and the
// property tests drive it directly. Stage/condition/message semantics follow Iter8's controller
// (docs/iter8-behaviour.md#how-an-experiment-ends), with the bugs of
// docs/iter8-behaviour.md#bugs-fixed fixed (see the comments where behaviour differs).

import {
  AnalysisMessages,
  assessObjectives,
  assessWinner,
  recommendedVersion,
  recommendWeights,
} from '../analysis/index.js';
import type { MetricValues } from '../analysis/index.js';
import type { Verdict } from '../experiment/outcome.js';
import { applyDefaults, effectiveRollbackOnFailure } from '../experiment/parse.js';
import { numberToQuantity } from '../experiment/quantity.js';
import { HISTORY_LIMIT } from '../experiment/types.js';
import type {
  AggregatedMetric,
  Analysis,
  ComparisonRecord,
  Experiment,
  ExperimentStatus,
  IterationRecord,
  MetricErrorRecord,
  MetricSnapshot,
  ResolvedSpec,
  VersionWeight,
} from '../experiment/types.js';
import { metricIdentity, sampleSizeIdentity } from '../metrics/catalog.js';
import type { FetchedBuckets, FetchedValues } from '../metrics/fetch.js';
import { comparedVersions, comparisonReference, experimentVersions } from '../experiment/versions.js';
import type { Finding } from '../metrics/findings.js';
import { assessComparisons, comparisonShortfalls, type ComparedSide } from '../analysis/comparisons.js';
import {
  advanceStage,
  cloneStatus,
  initialStatus,
  isCompleted,
  markCompleted,
  markCondition,
  markFailed,
  Reason,
  toTime,
} from './conditions.js';
import type { DuePolicy, TrafficShift } from './ports.js';

export const PROVENANCE = 'iter8fn';
export const DEFAULT_ERROR_LIMIT = 3;
/** Iter8's due rule tolerates a tick arriving up to 100 ms early (docs/iter8-behaviour.md#due-rule). */
export const DUE_TOLERANCE_MS = 100;

/** Iter8's own due rule: real intervals, a fixed 100 ms tolerance, every errored attempt counted. */
export const ITER8_DUE_POLICY: DuePolicy = {
  speed: 1,
  toleranceMs: () => DUE_TOLERANCE_MS,
  countErrorsOncePerInterval: false,
};

export interface IterationObservation {
  /** The metric snapshot for status.metrics (resolved once, on the first iteration). */
  metrics: readonly MetricSnapshot[];
  values: FetchedValues;
  /** Weights observed in the cluster after the previous iteration, when the caller could read them. */
  observedWeights?: VersionWeight[];
  /** What the caller found about the metrics: the pack used, values it knows the cause of missing. */
  findings?: readonly Finding[];
  /** Histograms of the distribution metrics that comparisons name (tested versions and reference). */
  buckets?: FetchedBuckets;
}

export interface StepOptions {
  /** Consecutive errored attempts tolerated; the next one fails the experiment. */
  errorLimit?: number;
  /**
   * An errored attempt less than this after the last counted error is a redelivery of the same tick
   * (a platform retrying a 5xx): it is recorded but not counted again. Default 0: every attempt counts.
   */
  errorSpacingMs?: number;
}

/** `replayed`: the attempt was a repeat at the instant of the previous one, which is reported again and not counted. */
export type StepOutcome =
  | { kind: 'iteration-completed'; iteration: number; replayed?: true }
  | { kind: 'iteration-errored'; attempt: number; error: MetricErrorRecord; replayed?: true }
  | { kind: 'experiment-completed'; iteration: number; rolledBack: boolean }
  | { kind: 'experiment-failed'; reason: Reason; message: string };

export interface StepResult {
  status: ExperimentStatus;
  outcome: StepOutcome;
  /** Per version, one verdict per objective, in spec order (empty when the iteration errored). */
  verdicts: Record<string, Verdict[]>;
}

export function totalIterations(spec: ResolvedSpec): number {
  return spec.duration.iterationsPerLoop * spec.duration.maxLoops;
}

/** When the next iteration may run: at once for the first, then lastUpdateTime + interval - tolerance (100 ms). */
export function dueAt(
  status: ExperimentStatus | undefined,
  spec: ResolvedSpec,
  toleranceMs = DUE_TOLERANCE_MS,
): number {
  if (!status || !status.completedIterations || !status.lastUpdateTime) return Number.NEGATIVE_INFINITY;
  const last = Date.parse(status.lastUpdateTime);
  if (Number.isNaN(last)) return Number.NEGATIVE_INFINITY;
  return last + spec.duration.intervalSeconds * 1000 - toleranceMs;
}

export function isDue(
  status: ExperimentStatus | undefined,
  spec: ResolvedSpec,
  now: number,
  toleranceMs = DUE_TOLERANCE_MS,
): boolean {
  return !isCompleted(status) && now >= dueAt(status, spec, toleranceMs);
}

/**
 * Whether this step's recommended weights are applied. Iter8 shifted weights after every counted
 * iteration, except for Conformance, FixedSplit and a rollback.
 */
export function shiftsTraffic(spec: ResolvedSpec, step: StepResult): boolean {
  if (spec.strategy.testingPattern === 'Conformance' || spec.strategy.deploymentPattern === 'FixedSplit') return false;
  const outcome = step.outcome;
  return outcome.kind === 'iteration-completed' || (outcome.kind === 'experiment-completed' && !outcome.rolledBack);
}

/**
 * The status with the weights read back after a shift; a shift that failed is reported in the
 * weights' analysis message and, while the experiment runs, in its message (Iter8 only logged it).
 */
export function withTrafficShift(status: ExperimentStatus, shift: TrafficShift, now: number): ExperimentStatus {
  const next = cloneStatus(status) ?? {};
  if (shift.observed) next.currentWeightDistribution = shift.observed;
  if (shift.error) {
    const text = `weights not applied: ${shift.error}`;
    const weights = next.analysis?.weights;
    if (weights) {
      const message = weights.message ?? '';
      weights.message = /^Error: /.test(message)
        ? message.replace(
            /^Error: ([^;]*)/,
            (_match, existing: string) => `Error: ${existing ? `${existing}, ` : ''}${text}`,
          )
        : `Error: ${text}; ${message}`;
    }
    if (!isCompleted(next)) {
      markCondition(
        next,
        'Completed',
        'False',
        Reason.WeightRedistributionFailed,
        `Completed Iteration ${next.completedIterations ?? 0}; ${text}`,
        now,
      );
    }
  }
  return next;
}

/** Ends the experiment as failed (invalid experiment, unreadable metrics, ...). Pure. */
export function failExperiment(experiment: Experiment, reason: Reason, message: string, now: number): StepResult {
  const status = cloneStatus(experiment.status) ?? initialStatus(now);
  if (!isCompleted(status)) markFailed(status, reason, message, now);
  return { status, outcome: { kind: 'experiment-failed', reason, message }, verdicts: {} };
}

/**
 * Runs one iteration. The caller has checked that the experiment is valid and the iteration due;
 * a completed experiment is returned unchanged (a completed experiment never changes again).
 */
export function iterate(
  experiment: Experiment,
  observation: IterationObservation,
  now: number,
  options: StepOptions = {},
): StepResult {
  const spec = applyDefaults(experiment.spec);
  const status = cloneStatus(experiment.status) ?? initialStatus(now);
  if (isCompleted(status)) {
    return {
      status,
      outcome: { kind: 'experiment-completed', iteration: status.completedIterations ?? 0, rolledBack: false },
      verdicts: {},
    };
  }
  const repeated = replayOfLastAttempt(status, now);
  if (repeated) return repeated;
  // A stateless function has no separate reconcile per stage: the first tick acquires the target,
  // runs the start actions (done by the caller) and reads the metrics, then iterates at once.
  if (status.conditions?.find((c) => c.type === 'TargetAcquired')?.status !== 'True') {
    markCondition(status, 'TargetAcquired', 'True', Reason.TargetAcquired, '', now);
  }
  advanceStage(status, 'Running');
  status.startTime ??= toTime(now);
  // Built-in names may have moved to another pack since the last iteration (its series appeared).
  if (observation.metrics.length > 0 || !status.metrics) status.metrics = [...observation.metrics];
  const snapshots = status.metrics;
  const iteration = (status.completedIterations ?? 0) + 1;

  // A refusal is permanent (retrying sends nothing new), so it ends the experiment before any error is counted.
  const refusal = findFirstRefusal(snapshots, observation.values);
  if (refusal) {
    markFailed(status, refusal.reason, refusal.message, now);
    return {
      status,
      outcome: { kind: 'experiment-failed', reason: refusal.reason, message: refusal.message },
      verdicts: {},
    };
  }
  const firstError = findFirstError(snapshots, observation.values);
  if (firstError)
    return recordError(
      status,
      iteration,
      firstError,
      now,
      options.errorLimit ?? DEFAULT_ERROR_LIMIT,
      options.errorSpacingMs ?? 0,
    );
  delete status.metricErrors;

  const versions = experimentVersions(experiment).map((v) => v.name);
  const baseline = versions[0] ?? '';
  const timestamp = toTime(now);
  const section = <T>(data: T, messages: AnalysisMessages) => ({
    provenance: PROVENANCE,
    timestamp,
    message: messages.toString(),
    data,
  });

  const metricMessages = new AnalysisMessages();
  const findings = observation.findings ?? [];
  for (const finding of findings) {
    if (finding.reason === 'MetricPack') metricMessages.info(finding.message);
    else metricMessages.warning(`${finding.reason}: ${finding.message}`);
  }
  const values = collectValues(snapshots, observation.values, versions, metricMessages);
  const aggregated = aggregatedMetrics(snapshots, observation.values, versions);

  const assessmentMessages = new AnalysisMessages();
  const objectives = spec.criteria?.objectives;
  const assessments = assessObjectives(objectives, versions, values, assessmentMessages);

  const comparisonMessages = new AnalysisMessages();
  const comparisons = compareWithReference(experiment, snapshots, observation, comparisonMessages);

  const winnerMessages = new AnalysisMessages();
  const winner = assessWinner({
    ...(comparisons ? { comparisons } : {}),
    testingPattern: spec.strategy.testingPattern,
    baseline,
    candidates: versions.slice(1),
    ...(spec.criteria?.rewards ? { rewards: spec.criteria.rewards } : {}),
    assessments: assessments.data,
    values,
    messages: winnerMessages,
  });

  const weightMessages = new AnalysisMessages();
  const current = observation.observedWeights ?? status.currentWeightDistribution;
  const weights = recommendWeights({
    testingPattern: spec.strategy.testingPattern,
    versions,
    bestVersions: winner.bestVersions ?? [],
    ...(current ? { current } : {}),
    constraints: spec.strategy.weights,
    messages: weightMessages,
  });

  const analysis: Analysis = {
    ...(status.analysis?.aggregatedBuiltinHists
      ? { aggregatedBuiltinHists: status.analysis.aggregatedBuiltinHists }
      : {}),
    aggregatedMetrics: section(aggregated, metricMessages),
    versionAssessments: section(assessments.data, assessmentMessages),
    winnerAssessment: section(winner, winnerMessages),
    weights: section(weights, weightMessages),
    ...(comparisons ? { comparisons: section(comparisons, comparisonMessages) } : {}),
  };
  status.analysis = analysis;
  status.history = appendHistory(status.history, { iteration, time: timestamp, values: historyValues(aggregated) });
  if (observation.observedWeights) status.currentWeightDistribution = observation.observedWeights;
  // Fix (docs/iter8-behaviour.md#stale-promotion-on-rollback): the recommendation always reflects the analysis just
  // made, including on rollback.
  status.versionRecommendedForPromotion = recommendedVersion(winner, baseline);
  status.completedIterations = iteration;
  status.lastUpdateTime = timestamp;
  markCondition(status, 'Completed', 'False', Reason.IterationUpdate, `Completed Iteration ${iteration}`, now);

  // Rollback only on a *violated* objective. Iter8 also rolled back on a value that was merely
  // unavailable, so a BlueGreen experiment rolled back on its first, traffic-less iteration
  // (docs/iter8-behaviour.md#rollback-on-a-missing-value).
  const rollback = (objectives ?? []).some(
    (objective, index) =>
      effectiveRollbackOnFailure(objective, spec.strategy.deploymentPattern) &&
      versions.some((version) => assessments.verdicts[version]?.[index] === 'violated'),
  );
  const verdicts = assessments.verdicts;
  if (rollback) {
    markCompleted(status, 'Experiment rolled back', now);
    recordFindings(status, findings, now);
    return { status, outcome: { kind: 'experiment-completed', iteration, rolledBack: true }, verdicts };
  }
  if (iteration % spec.duration.iterationsPerLoop === 0) {
    markCondition(
      status,
      'Completed',
      'False',
      Reason.IterationUpdate,
      `Completed Loop ${iteration / spec.duration.iterationsPerLoop}`,
      now,
    );
  }
  if (iteration >= totalIterations(spec)) {
    // Iter8 finished one interval later, on the next reconcile; nothing is gained by waiting.
    const hasFinishAction = spec.strategy.actions?.finish !== undefined;
    const shortfalls = comparedVersions(experiment).flatMap((v) => comparisonShortfalls(comparisons ?? [], v.name));
    // An unresolved comparison at the end says what was missing (iter8fn; Iter8 had no comparisons).
    const completion =
      shortfalls.length > 0
        ? `Experiment completed; comparisons not satisfied: ${shortfalls.join('; ')}`
        : hasFinishAction
          ? 'Experiment Completed'
          : 'Experiment completed successfully';
    markCompleted(status, completion, now);
    recordFindings(status, findings, now);
    return { status, outcome: { kind: 'experiment-completed', iteration, rolledBack: false }, verdicts };
  }
  recordFindings(status, findings, now);
  return { status, outcome: { kind: 'iteration-completed', iteration }, verdicts };
}

/**
 * A version without traffic is a condition of its own (TrafficObserved), and every finding that
 * explains a missing value is appended to the status message, where users and replies look first.
 */
function recordFindings(status: ExperimentStatus, findings: readonly Finding[], now: number): void {
  const message = status.message ?? '';
  const idle = findings.filter((f) => f.reason === 'NoTraffic');
  if (idle.length > 0) {
    markCondition(status, 'TrafficObserved', 'False', Reason.NoTraffic, idle.map((f) => f.message).join('; '), now);
  } else if (status.conditions?.some((c) => c.type === 'TrafficObserved')) {
    markCondition(status, 'TrafficObserved', 'True', Reason.TrafficObserved, 'every version received requests', now);
  }
  const explained = findings.filter((f) => f.reason !== 'MetricPack');
  status.message = [message, ...explained.map((f) => `${f.reason}: ${f.message}`)].join('; ');
}

/**
 * Deliveries are at least once and manual triggers skip the due rule, so the same tick can arrive
 * again after the first one was written (the versioned write only stops copies that raced it).
 * An attempt at or before the instant of the last recorded attempt (a counted iteration or a
 * counted metric error) is such a copy, or a delivery from a clock behind the one that wrote the
 * status: it replays the last outcome and counts nothing.
 */
function replayOfLastAttempt(status: ExperimentStatus, now: number): StepResult | undefined {
  const iteratedAt =
    (status.completedIterations ?? 0) > 0 && status.lastUpdateTime ? Date.parse(status.lastUpdateTime) : Number.NaN;
  const erroredAt = status.metricErrors ? Date.parse(status.metricErrors.time) : Number.NaN;
  const attempts = [iteratedAt, erroredAt].filter((time) => !Number.isNaN(time));
  if (attempts.length === 0 || now > Math.max(...attempts)) return undefined;
  // metricErrors is cleared by every counted iteration, so when present the last attempt was an error.
  const outcome: StepOutcome = status.metricErrors
    ? {
        kind: 'iteration-errored',
        attempt: status.metricErrors.consecutive,
        error: status.metricErrors,
        replayed: true,
      }
    : { kind: 'iteration-completed', iteration: status.completedIterations ?? 0, replayed: true };
  return { status, outcome, verdicts: {} };
}

interface FoundError {
  metric: string;
  version: string;
  message: string;
}

function findFirstError(snapshots: readonly MetricSnapshot[], values: FetchedValues): FoundError | undefined {
  for (const snapshot of snapshots) {
    const perVersion = values.get(metricIdentity(snapshot.metricObj));
    if (!perVersion) continue;
    for (const [version, outcome] of perVersion) {
      if (outcome.kind === 'error') return { metric: snapshot.name, version, message: outcome.message };
    }
  }
  return undefined;
}

function findFirstRefusal(
  snapshots: readonly MetricSnapshot[],
  values: FetchedValues,
): { reason: Reason; message: string } | undefined {
  for (const snapshot of snapshots) {
    for (const outcome of values.get(metricIdentity(snapshot.metricObj))?.values() ?? []) {
      if (outcome.kind === 'refused') return { reason: outcome.reason, message: outcome.message };
    }
  }
  return undefined;
}

/**
 * A backend error is not a verdict: the attempt is not counted as an iteration, lastUpdateTime is
 * left alone (so the next tick retries), and only past the limit does the experiment fail.
 */
function recordError(
  status: ExperimentStatus,
  iteration: number,
  error: FoundError,
  now: number,
  errorLimit: number,
  spacingMs: number,
): StepResult {
  const previous = status.metricErrors;
  // A redelivery keeps the count and the time of the error it repeats, so the spacing is measured
  // from the counted attempt and a stream of retries cannot postpone the next count forever.
  const redelivery = previous !== undefined && spacingMs > 0 && now - Date.parse(previous.time) < spacingMs;
  const consecutive = redelivery ? previous.consecutive : (previous?.consecutive ?? 0) + 1;
  const time = redelivery ? previous.time : toTime(now);
  const record: MetricErrorRecord = {
    consecutive,
    metric: error.metric,
    version: error.version,
    message: error.message,
    time,
  };
  status.metricErrors = record;
  if (consecutive > errorLimit) {
    // The fetch names metric and version at the head of every error; say them once.
    const named = `metric ${error.metric} (version ${error.version})`;
    const cause = error.message.startsWith(`${named}: `) ? error.message.slice(named.length + 2) : error.message;
    const message = `${named} failed ${consecutive} consecutive attempts (limit ${errorLimit}): ${cause}`;
    markFailed(status, Reason.MetricBackendError, message, now);
    return { status, outcome: { kind: 'experiment-failed', reason: Reason.MetricBackendError, message }, verdicts: {} };
  }
  markCondition(
    status,
    'Completed',
    'False',
    Reason.MetricBackendError,
    `Iteration ${iteration} not counted, metric error ${consecutive} of ${errorLimit} tolerated: ${error.message}`,
    now,
  );
  return { status, outcome: { kind: 'iteration-errored', attempt: consecutive, error: record }, verdicts: {} };
}

/** Values keyed by the reference as the experiment wrote it, as the analysis looks them up. */
function collectValues(
  snapshots: readonly MetricSnapshot[],
  values: FetchedValues,
  versions: readonly string[],
  messages: AnalysisMessages,
): MetricValues {
  const result: Record<string, Record<string, number | undefined>> = {};
  for (const snapshot of snapshots) {
    const perVersion = values.get(metricIdentity(snapshot.metricObj));
    const row: Record<string, number | undefined> = {};
    for (const version of versions) {
      const outcome = perVersion?.get(version);
      if (outcome?.kind === 'value') row[version] = outcome.value;
      else {
        row[version] = undefined;
        messages.warning(
          `${snapshot.name} is unavailable for version ${version}: ${outcome?.kind === 'unavailable' ? outcome.reason : 'not fetched'}`,
        );
      }
    }
    result[snapshot.name] = row;
  }
  return result;
}

/** Comparisons of the tested versions with the reference; undefined when the experiment has none. */
function compareWithReference(
  experiment: Experiment,
  snapshots: readonly MetricSnapshot[],
  observation: IterationObservation,
  messages: AnalysisMessages,
): ComparisonRecord[] | undefined {
  const reference = comparisonReference(experiment);
  const comparisons = experiment.spec.criteria?.comparisons ?? [];
  if (!reference || comparisons.length === 0) return undefined;
  const byName = new Map(snapshots.map((snapshot) => [snapshot.name, snapshot.metricObj]));
  const metrics = Object.fromEntries(
    comparisons.map((c) => {
      const kind = byName.get(c.metric)?.spec.comparison?.kind;
      return [c.metric, kind ? { kind } : {}];
    }),
  );
  const side = (metricRef: string, version: string): ComparedSide => {
    const metric = byName.get(metricRef);
    if (!metric) return { value: { unavailable: `metric ${metricRef} was not resolved` } };
    const outcome = observation.values.get(metricIdentity(metric))?.get(version);
    const sampleSizeId = sampleSizeIdentity(metric);
    const sample = sampleSizeId ? observation.values.get(sampleSizeId)?.get(version) : undefined;
    const buckets = observation.buckets?.get(metricIdentity(metric))?.get(version);
    return {
      value:
        outcome?.kind === 'value'
          ? outcome.value
          : { unavailable: outcome?.kind === 'unavailable' ? outcome.reason : 'not fetched' },
      ...(sample?.kind === 'value' ? { sampleSize: sample.value } : {}),
      ...(buckets ? { buckets } : {}),
    };
  };
  const records = assessComparisons({
    comparisons,
    tested: comparedVersions(experiment).map((v) => v.name),
    reference: reference.name,
    metrics,
    side,
  });
  for (const record of records) {
    const line = `${record.metric} ${record.version} vs ${record.reference}: ${record.verdict === 'unavailable' ? 'inconclusive' : record.verdict}`;
    if (record.verdict === 'unavailable') messages.warning(`${line} (${record.reason ?? ''})`);
    else messages.info(line);
  }
  return records;
}

function aggregatedMetrics(
  snapshots: readonly MetricSnapshot[],
  values: FetchedValues,
  versions: readonly string[],
): Record<string, AggregatedMetric> {
  const result: Record<string, AggregatedMetric> = {};
  for (const snapshot of snapshots) {
    const perVersion = values.get(metricIdentity(snapshot.metricObj));
    const sampleSizeId = sampleSizeIdentity(snapshot.metricObj);
    const data: AggregatedMetric['data'] = {};
    for (const version of versions) {
      const outcome = perVersion?.get(version);
      const sample = sampleSizeId ? values.get(sampleSizeId)?.get(version) : undefined;
      data[version] = {
        ...(outcome?.kind === 'value' ? { value: numberToQuantity(outcome.value) } : {}),
        ...(sample?.kind === 'value' ? sampleSizeField(sample.value) : {}),
      };
    }
    result[snapshot.name] = { data };
  }
  return result;
}

const INT32_MAX = 2 ** 31 - 1;

/**
 * The CRD holds a sample size as a non-negative int32. A negative count is no sample size at all
 * (a counter reset, a broken query) and is left out; a count past int32 is recorded as the largest
 * int32, which still reads as "plenty".
 */
function sampleSizeField(count: number): { sampleSize?: number } {
  if (!(count >= 0)) return {};
  return { sampleSize: Math.min(Math.round(count), INT32_MAX) };
}

/** Per metric and version, the values this iteration recorded; unavailable ones are left out. */
function historyValues(aggregated: Record<string, AggregatedMetric>): IterationRecord['values'] {
  const values: IterationRecord['values'] = {};
  for (const [metric, { data }] of Object.entries(aggregated)) {
    const row: Record<string, string> = {};
    for (const [version, entry] of Object.entries(data)) if (entry.value !== undefined) row[version] = entry.value;
    values[metric] = row;
  }
  return values;
}

/** The history with `record` appended, keeping the last HISTORY_LIMIT iterations. */
function appendHistory(history: readonly IterationRecord[] | undefined, record: IterationRecord): IterationRecord[] {
  return [...(history ?? []), record].slice(-HISTORY_LIMIT);
}
