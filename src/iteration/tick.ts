// One tick of an experiment: the I/O around the pure step. Read the experiment, decide whether an
// iteration is due, run start tasks and resolve metrics on the first iteration, fetch the values,
// step, and write the status back with the version that was read (so two racing ticks count one
// iteration: the loser's write is refused and it re-reads). The Knative function, `iter8fn run`
// and `iter8fn local` are all thin shells over runTick.

import { applyDefaults, InvalidInputError, parseExperiment } from '../experiment/parse.js';
import type { Experiment, ExperimentStatus, ResolvedSpec, VersionWeight } from '../experiment/types.js';
import { validateForIteration } from '../experiment/validate.js';
import type { MetricCatalog } from '../metrics/catalog.js';
import { MetricResolutionError, resolveExperimentMetrics } from '../metrics/catalog.js';
import type { FetchOptions } from '../metrics/fetch.js';
import { fetchIterationValues } from '../metrics/fetch.js';
import { cloneStatus, isCompleted, markCondition, Reason } from './conditions.js';
import type { StepResult } from './step.js';
import { DUE_TOLERANCE_MS, dueAt, failExperiment, isDue, iterate } from './step.js';
import type { StartTaskRunner, TaskReport } from './tasks.js';

/** A stored experiment and the version it was read at (resourceVersion, or a file content hash). */
export interface StoredExperiment {
  raw: unknown;
  version: string;
}

export class StoreConflictError extends Error {}
export class StoreUnavailableError extends Error {}

export interface ExperimentStore {
  /** The experiment, or undefined if it does not exist. Throws StoreUnavailableError on I/O failure. */
  read(): Promise<StoredExperiment | undefined>;
  /** Writes status only. Throws StoreConflictError if the stored version is no longer `expectedVersion`. */
  writeStatus(status: ExperimentStatus, expectedVersion: string): Promise<StoredExperiment>;
}

export interface TickDependencies {
  catalog: MetricCatalog;
  tasks: StartTaskRunner | RepeatableTaskRunner;
  fetch?: FetchOptions;
  errorLimit?: number;
  clock?: () => number;
  /** Divides intervalSeconds in the due rule (quick demos and tests); 1 in production. */
  speed?: number;
  /** Reads and shifts traffic weights (a cluster); without it weights are only recommended. */
  traffic?: TrafficController;
  /** How early a tick may come and still be due, given the interval; default DUE_TOLERANCE_MS. */
  dueToleranceMs?: (intervalMs: number) => number;
  /**
   * Count a metric error at most once per interval (less the due tolerance), so a platform
   * redelivering a failed tick does not use up the error limit in seconds.
   */
  countErrorsOncePerInterval?: boolean;
}

/**
 * A StartTaskRunner whose tasks derive spec fields that cannot be stored (the function writes only
 * status): `prepare` derives them again, in memory, on every tick after the first.
 */
export interface RepeatableTaskRunner extends StartTaskRunner {
  prepare(experiment: Experiment): Promise<{ experiment: Experiment; reports: TaskReport[] }>;
}

const isRepeatable = (tasks: StartTaskRunner): tasks is RepeatableTaskRunner =>
  typeof (tasks as Partial<RepeatableTaskRunner>).prepare === 'function';

/** Weights as read from the objects the versions' weightObjRefs point at. */
export type TrafficObservation =
  | { kind: 'none' }
  | { kind: 'observed'; weights: VersionWeight[] }
  /** A weightObjRef that cannot be read: the experiment is invalid. */
  | { kind: 'invalid'; message: string };

export interface TrafficShift {
  /** `namespace/name` of each object patched. */
  patched: string[];
  /** Weights read back after the patches, when they could be read. */
  observed?: VersionWeight[];
  /** Why some weights were not applied (the rest may have been). */
  error?: string;
}

export interface TrafficController {
  /** Throws StoreUnavailableError when the cluster cannot be reached. */
  observe(experiment: Experiment): Promise<TrafficObservation>;
  /** Applies the recommended weights that differ from `current`; failures are reported, not thrown. */
  apply(
    experiment: Experiment,
    recommended: readonly VersionWeight[],
    current: readonly VersionWeight[],
  ): Promise<TrafficShift>;
}

export interface TickOptions {
  /** Manual trigger: run now even if the interval has not passed (never on a completed experiment). */
  force?: boolean;
}

export type TickResult =
  | { kind: 'not-found' }
  | { kind: 'already-completed'; experiment: Experiment }
  | { kind: 'not-due'; experiment: Experiment; dueAt: number }
  | { kind: 'invalid'; message: string; experiment?: Experiment }
  /** Another write came first; `experiment` is what this tick had read. */
  | { kind: 'conflict'; experiment?: Experiment }
  | { kind: 'stepped'; experiment: Experiment; step: StepResult; tasks: TaskReport[]; traffic?: TrafficShift };

export async function runTick(
  store: ExperimentStore,
  deps: TickDependencies,
  options: TickOptions = {},
): Promise<TickResult> {
  const clock = deps.clock ?? Date.now;
  const stored = await store.read();
  if (!stored) return { kind: 'not-found' };

  let experiment: Experiment;
  try {
    experiment = parseExperiment(stored.raw);
  } catch (err) {
    if (!(err instanceof InvalidInputError)) throw err;
    const partial = partialExperiment(stored.raw);
    if (partial && isCompleted(partial.status)) return { kind: 'already-completed', experiment: partial };
    if (partial)
      await writeOrConflict(
        store,
        failExperiment(partial, Reason.InvalidExperiment, err.message, clock()).status,
        stored.version,
      );
    return { kind: 'invalid', message: err.message, ...(partial ? { experiment: partial } : {}) };
  }
  if (isCompleted(experiment.status)) return { kind: 'already-completed', experiment };

  const spec = applyDefaults(experiment.spec);
  if (deps.speed && deps.speed !== 1) spec.duration.intervalSeconds /= deps.speed;
  const intervalMs = spec.duration.intervalSeconds * 1000;
  const tolerance = deps.dueToleranceMs?.(intervalMs) ?? DUE_TOLERANCE_MS;
  const now = clock();
  if (!options.force && !isDue(experiment.status, spec, now, tolerance)) {
    return { kind: 'not-due', experiment, dueAt: dueAt(experiment.status, spec, tolerance) };
  }
  const asRead = experiment;

  const fail = async (reason: Reason, message: string): Promise<TickResult> => {
    const step = failExperiment(experiment, reason, message, clock());
    const written = await writeOrConflict(store, step.status, stored.version);
    if (!written) return { kind: 'conflict', experiment: asRead };
    return { kind: 'stepped', experiment: { ...experiment, status: step.status }, step, tasks: [] };
  };

  // Start actions run once, before the first iteration (Iter8 ran them as the `start` handler job).
  let tasks: TaskReport[] = [];
  if (!experiment.status?.startTime) {
    const started = await deps.tasks.runStart(experiment);
    tasks = started.reports;
    const failed = started.reports.find((r) => r.outcome === 'failed');
    if (failed)
      return withTasks(
        await fail(Reason.HandlerFailed, `Start actions failed: ${failed.task}: ${failed.message}`),
        tasks,
      );
    experiment = started.experiment;
  } else if (isRepeatable(deps.tasks)) {
    const prepared = await deps.tasks.prepare(experiment);
    tasks = prepared.reports;
    const failed = prepared.reports.find((r) => r.outcome === 'failed');
    if (failed) return withTasks(await fail(Reason.HandlerFailed, `${failed.task}: ${failed.message}`), tasks);
    experiment = prepared.experiment;
  }

  const problem = validateForIteration(experiment);
  if (problem) return withTasks(await fail(Reason.InvalidExperiment, problem.message), tasks);

  let snapshots = experiment.status?.metrics;
  if (!snapshots || snapshots.length === 0) {
    // A catalog that cannot be reached (the API server) is retried with the tick, not held against
    // the experiment: resolveExperimentMetrics would report it as an unreadable metric.
    let unreachable: StoreUnavailableError | undefined;
    const catalog: MetricCatalog = {
      get: async (namespace, name) => {
        try {
          return await deps.catalog.get(namespace, name);
        } catch (err) {
          if (err instanceof StoreUnavailableError) unreachable = err;
          throw err;
        }
      },
    };
    try {
      snapshots = await resolveExperimentMetrics(experiment, catalog);
    } catch (err) {
      if (unreachable) throw unreachable;
      if (!(err instanceof MetricResolutionError)) throw err;
      return withTasks(
        await fail(
          err.reason === 'MetricUnavailable' ? Reason.MetricUnavailable : Reason.MetricsUnreadable,
          err.message,
        ),
        tasks,
      );
    }
  }

  // The weights in the cluster now are the starting point of the recommendation (Iter8 read them
  // after each iteration; reading them before also catches a weight changed by hand in between).
  let observedWeights: VersionWeight[] | undefined;
  if (deps.traffic && spec.strategy.testingPattern !== 'Conformance') {
    const observation = await deps.traffic.observe(experiment);
    if (observation.kind === 'invalid') {
      return withTasks(
        await fail(
          Reason.InvalidExperiment,
          `Specification of version weightObjectRef invalid: ${observation.message}`,
        ),
        tasks,
      );
    }
    if (observation.kind === 'observed') observedWeights = observation.weights;
  }

  const values = await fetchIterationValues(experiment, snapshots, now, deps.fetch);
  const step = iterate(
    experiment,
    { metrics: snapshots, values, ...(observedWeights ? { observedWeights } : {}) },
    clock(),
    {
      ...(deps.errorLimit !== undefined ? { errorLimit: deps.errorLimit } : {}),
      ...(deps.countErrorsOncePerInterval ? { errorSpacingMs: intervalMs - tolerance } : {}),
    },
  );
  const written = await writeOrConflict(store, step.status, stored.version);
  if (!written) return { kind: 'conflict', experiment: asRead };
  const result: TickResult = { kind: 'stepped', experiment: { ...experiment, status: step.status }, step, tasks };
  // Traffic moves only after this delivery's status write won, so duplicate deliveries shift it once.
  if (!deps.traffic || !observedWeights || !shiftsTraffic(spec, step)) return result;
  const traffic = await deps.traffic.apply(experiment, step.status.analysis?.weights?.data ?? [], observedWeights);
  const status = withTrafficShift(step.status, traffic, clock());
  // Best effort: if this write loses, the next tick observes the weights again.
  await writeOrConflict(store, status, written.version).catch((err: unknown) => {
    if (!(err instanceof StoreUnavailableError)) throw err;
  });
  return { ...result, experiment: { ...experiment, status }, traffic };
}

/** Iter8 shifted weights after every counted iteration, except for Conformance, FixedSplit and a rollback. */
function shiftsTraffic(spec: ResolvedSpec, step: StepResult): boolean {
  if (spec.strategy.testingPattern === 'Conformance' || spec.strategy.deploymentPattern === 'FixedSplit') return false;
  const outcome = step.outcome;
  return outcome.kind === 'iteration-completed' || (outcome.kind === 'experiment-completed' && !outcome.rolledBack);
}

/**
 * The status with the weights read back after a shift; a shift that failed is reported in the
 * weights' analysis message and, while the experiment runs, in its message (Iter8 only logged it).
 */
function withTrafficShift(status: ExperimentStatus, shift: TrafficShift, now: number): ExperimentStatus {
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

function withTasks(result: TickResult, tasks: TaskReport[]): TickResult {
  return result.kind === 'stepped' ? { ...result, tasks } : result;
}

async function writeOrConflict(
  store: ExperimentStore,
  status: ExperimentStatus,
  version: string,
): Promise<StoredExperiment | undefined> {
  try {
    return await store.writeStatus(status, version);
  } catch (err) {
    if (err instanceof StoreConflictError) return undefined;
    throw err;
  }
}

/**
 * Enough of an invalid experiment to record its failure in status (metadata and status are kept;
 * the spec is whatever was there). Undefined when the input is not an Experiment object at all.
 */
function partialExperiment(raw: unknown): Experiment | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  if (record.kind !== 'Experiment') return undefined;
  return record as unknown as Experiment;
}
