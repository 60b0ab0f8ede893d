// One tick of an experiment: the I/O around the pure step. Read the experiment, decide whether an
// iteration is due, run start tasks and resolve metrics on the first iteration, fetch the values,
// step, and write the status back with the version that was read (so two racing ticks count one
// iteration: the loser's write is refused and it re-reads). The Knative function, `iter8fn run`
// and `iter8fn local` are all thin shells over runTick.

import { applyDefaults, InvalidInputError, parseExperiment } from '../experiment/parse.js';
import type { Experiment, ExperimentStatus } from '../experiment/types.js';
import { validateForIteration } from '../experiment/validate.js';
import type { MetricCatalog } from '../metrics/catalog.js';
import { MetricResolutionError, resolveExperimentMetrics } from '../metrics/catalog.js';
import type { FetchOptions } from '../metrics/fetch.js';
import { fetchIterationValues } from '../metrics/fetch.js';
import { isCompleted, Reason } from './conditions.js';
import type { StepResult } from './step.js';
import { dueAt, failExperiment, isDue, iterate } from './step.js';
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
  tasks: StartTaskRunner;
  fetch?: FetchOptions;
  errorLimit?: number;
  clock?: () => number;
  /** Divides intervalSeconds in the due rule (quick demos and tests); 1 in production. */
  speed?: number;
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
  | { kind: 'conflict' }
  | { kind: 'stepped'; experiment: Experiment; step: StepResult; tasks: TaskReport[] };

export async function runTick(store: ExperimentStore, deps: TickDependencies, options: TickOptions = {}): Promise<TickResult> {
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
    if (partial) await writeOrConflict(store, failExperiment(partial, Reason.InvalidExperiment, err.message, clock()).status, stored.version);
    return { kind: 'invalid', message: err.message, ...(partial ? { experiment: partial } : {}) };
  }
  if (isCompleted(experiment.status)) return { kind: 'already-completed', experiment };

  const spec = applyDefaults(experiment.spec);
  if (deps.speed && deps.speed !== 1) spec.duration.intervalSeconds /= deps.speed;
  const now = clock();
  if (!options.force && !isDue(experiment.status, spec, now)) {
    return { kind: 'not-due', experiment, dueAt: dueAt(experiment.status, spec) };
  }

  const fail = async (reason: Reason, message: string): Promise<TickResult> => {
    const step = failExperiment(experiment, reason, message, clock());
    const written = await writeOrConflict(store, step.status, stored.version);
    if (!written) return { kind: 'conflict' };
    return { kind: 'stepped', experiment: { ...experiment, status: step.status }, step, tasks: [] };
  };

  // Start actions run once, before the first iteration (Iter8 ran them as the `start` handler job).
  let tasks: TaskReport[] = [];
  if (!experiment.status?.startTime) {
    const started = await deps.tasks.runStart(experiment);
    tasks = started.reports;
    const failed = started.reports.find((r) => r.outcome === 'failed');
    if (failed) return withTasks(await fail(Reason.HandlerFailed, `Start actions failed: ${failed.task}: ${failed.message}`), tasks);
    experiment = started.experiment;
  }

  const problem = validateForIteration(experiment);
  if (problem) return withTasks(await fail(Reason.InvalidExperiment, problem.message), tasks);

  let snapshots = experiment.status?.metrics;
  if (!snapshots || snapshots.length === 0) {
    try {
      snapshots = await resolveExperimentMetrics(experiment, deps.catalog);
    } catch (err) {
      if (!(err instanceof MetricResolutionError)) throw err;
      return withTasks(await fail(err.reason === 'MetricUnavailable' ? Reason.MetricUnavailable : Reason.MetricsUnreadable, err.message), tasks);
    }
  }

  const values = await fetchIterationValues(experiment, snapshots, now, deps.fetch);
  const step = iterate(experiment, { metrics: snapshots, values }, clock(), {
    ...(deps.errorLimit !== undefined ? { errorLimit: deps.errorLimit } : {}),
  });
  const written = await writeOrConflict(store, step.status, stored.version);
  if (!written) return { kind: 'conflict' };
  return { kind: 'stepped', experiment: { ...experiment, status: step.status }, step, tasks };
}

function withTasks(result: TickResult, tasks: TaskReport[]): TickResult {
  return result.kind === 'stepped' ? { ...result, tasks } : result;
}

async function writeOrConflict(store: ExperimentStore, status: ExperimentStatus, version: string): Promise<boolean> {
  try {
    await store.writeStatus(status, version);
    return true;
  } catch (err) {
    if (err instanceof StoreConflictError) return false;
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
