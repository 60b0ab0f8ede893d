// Status bookkeeping shared by every transition: conditions, stages, messages
// (docs/iter8-behaviour.md#stages-and-conditions).

import type {
  Condition,
  ConditionStatus,
  ConditionType,
  Experiment,
  ExperimentStatus,
  Stage,
} from '../experiment/types.js';
import { ITER8_CONDITION_TYPES, STAGES } from '../experiment/types.js';
import { copyJson, NotJsonError } from '../util/json-copy.js';
import { field } from '../util/records.js';

export const Reason = {
  ExperimentInitialized: 'ExperimentInitialized',
  TargetAcquired: 'TargetAcquired',
  IterationUpdate: 'IterationUpdate',
  ExperimentCompleted: 'ExperimentCompleted',
  MetricUnavailable: 'MetricUnavailable',
  MetricsUnreadable: 'MetricsUnreadable',
  InvalidExperiment: 'InvalidExperiment',
  WeightRedistributionFailed: 'WeightRedistributionFailed',
  HandlerFailed: 'HandlerFailed',
  /** iter8fn: a metric backend kept failing past the error limit. */
  MetricBackendError: 'MetricBackendError',
  /** iter8fn: a metric's URL is not on the operator's allowlist; no request was sent. */
  MetricURLRefused: 'MetricURLRefused',
  /** iter8fn: a version received no requests while its service's live revision did. */
  NoTraffic: 'NoTraffic',
  TrafficObserved: 'TrafficObserved',
} as const;
export type Reason = (typeof Reason)[keyof typeof Reason];

export const toTime = (now: number): string => new Date(now).toISOString();

export function getCondition(status: ExperimentStatus | undefined, type: ConditionType): Condition | undefined {
  return status?.conditions?.find((c) => c.type === type);
}

export function isConditionTrue(status: ExperimentStatus | undefined, type: ConditionType): boolean {
  return getCondition(status, type)?.status === 'True';
}

/**
 * Whether the first `Completed` condition is True (Iter8's GetCondition returned the first match).
 * Safe on a status of any shape: a listed object or piped-in YAML is checked before it is parsed.
 */
export function isCompleted(status: unknown): boolean {
  const conditions = field(status, 'conditions');
  if (!Array.isArray(conditions)) return false;
  const completed: unknown = conditions.find((condition) => field(condition, 'type') === 'Completed');
  return field(completed, 'status') === 'True';
}

/**
 * Sets a condition and, as Iter8's MarkCondition did, the status message `<Reason>: <message>`.
 * lastTransitionTime moves only when the condition's status changes.
 */
export function markCondition(
  status: ExperimentStatus,
  type: ConditionType,
  value: ConditionStatus,
  reason: string,
  message: string,
  now: number,
): void {
  const conditions = status.conditions ?? [];
  const existing = conditions.find((c) => c.type === type);
  const changed = !existing || existing.status !== value;
  const next: Condition = {
    type,
    status: value,
    lastTransitionTime: changed ? toTime(now) : (existing?.lastTransitionTime ?? toTime(now)),
    reason,
    message,
  };
  status.conditions = existing ? conditions.map((c) => (c.type === type ? next : c)) : [...conditions, next];
  status.message = message ? `${reason}: ${message}` : reason;
}

/** Stages only move forward (Waiting < Initializing < Running < Finishing < Completed). */
export function advanceStage(status: ExperimentStatus, stage: Stage): void {
  const current = status.stage ? STAGES.indexOf(status.stage) : -1;
  if (STAGES.indexOf(stage) > current) status.stage = stage;
}

export function initialStatus(now: number): ExperimentStatus {
  const time = toTime(now);
  return {
    conditions: ITER8_CONDITION_TYPES.map((type) => ({ type, status: 'False', lastTransitionTime: time })),
    initTime: time,
    lastUpdateTime: time,
    stage: 'Waiting',
    completedIterations: 0,
    message: `${Reason.ExperimentInitialized}: Experiment status initialized`,
  };
}

/** Deep copy, so a step never mutates the status it was given. */
export function cloneStatus(status: ExperimentStatus | undefined): ExperimentStatus | undefined {
  if (status === undefined) return undefined;
  try {
    return copyJson(status);
  } catch (err) {
    if (!(err instanceof NotJsonError)) throw err;
    return structuredClone(status);
  }
}

/**
 * Ends the experiment as failed. Iter8 left `status.message` at "ExperimentCompleted: Experiment
 * failed" and hid the cause in the Failed condition (iter8 #780); iter8fn puts the cause in the message.
 */
export function markFailed(status: ExperimentStatus, reason: Reason, message: string, now: number): void {
  markCondition(status, 'Completed', 'True', Reason.ExperimentCompleted, 'Experiment failed', now);
  markCondition(status, 'Failed', 'True', reason, message, now);
  advanceStage(status, 'Completed');
}

export function markCompleted(status: ExperimentStatus, message: string, now: number): void {
  markCondition(status, 'Completed', 'True', Reason.ExperimentCompleted, message, now);
  advanceStage(status, 'Completed');
}

/** The experiment did not fail and was not rolled back (what `iter8fn run` exits 0 on). */
export function endedWithoutFailure(experiment: Experiment): boolean {
  const status = experiment.status;
  if (getCondition(status, 'Failed')?.status === 'True') return false;
  return getCondition(status, 'Completed')?.message !== 'Experiment rolled back';
}
