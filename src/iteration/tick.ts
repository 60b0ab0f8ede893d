// One tick of an experiment: the I/O around the pure step. Read the experiment, decide whether an
// iteration is due, run start tasks and resolve metrics on the first iteration, fetch the values,
// step, and write the status back with the version that was read (so two racing ticks count one
// iteration: the loser's write is refused and it re-reads). The Knative function, `iter8fn run`
// and `iter8fn local` are all thin shells over runTick.

import { applyDefaults, InvalidInputError, parseExperiment } from '../experiment/parse.js';
import type { Experiment, ExperimentStatus, VersionWeight } from '../experiment/types.js';
import { validateForIteration } from '../experiment/validate.js';
import type { MetricCatalog } from '../metrics/catalog.js';
import { MetricResolutionError, resolveExperimentMetrics } from '../metrics/catalog.js';
import type { FetchOptions } from '../metrics/fetch.js';
import { fetchComparisonBuckets, fetchIterationValues } from '../metrics/fetch.js';
import { isCompleted, Reason } from './conditions.js';
import type {
  Clock,
  DuePolicy,
  ExperimentStore,
  StoredExperiment,
  TaskReport,
  TaskRunner,
  TrafficController,
  TrafficShift,
} from './ports.js';
import { StoreConflictError, StoreUnavailableError } from './ports.js';
import type { Finding } from '../metrics/findings.js';
import type { PackOptions, PackSelection } from '../metrics/pack-checks.js';
import { checkPackValues, PackPinError, selectPack } from '../metrics/pack-checks.js';
import type { StepResult } from './step.js';
import { dueAt, failExperiment, isDue, ITER8_DUE_POLICY, iterate, shiftsTraffic, withTrafficShift } from './step.js';

export interface TickDependencies {
  catalog: MetricCatalog;
  tasks: TaskRunner;
  fetch?: FetchOptions;
  errorLimit?: number;
  clock?: Clock;
  /** The due rule's knobs; default ITER8_DUE_POLICY (Iter8's own rule). */
  due?: DuePolicy;
  /** Reads and shifts traffic weights (a cluster); without it weights are only recommended. */
  traffic?: TrafficController;
  /** How the built-in metric names find their pack (pin, live revisions); unset: no detection, no checks. */
  packs?: PackOptions;
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
  | {
      kind: 'stepped';
      experiment: Experiment;
      step: StepResult;
      tasks: TaskReport[];
      traffic?: TrafficShift;
      /** What this iteration found about the metrics (pack used, no traffic, ...). */
      findings?: Finding[];
    };

/** The spec with defaults (its interval scaled by the policy's speed), the interval and the due tolerance. */
function dueWindow(experiment: Experiment, due: DuePolicy) {
  const spec = applyDefaults(experiment.spec);
  if (due.speed !== 1) spec.duration.intervalSeconds /= due.speed;
  const intervalMs = spec.duration.intervalSeconds * 1000;
  return { spec, intervalMs, tolerance: due.toleranceMs(intervalMs) };
}

/**
 * Whether a tick at `now` would do something with `raw` (an experiment as stored): it is unfinished
 * and due, or it does not parse (the tick then fails it). A scan uses it to count what it must do.
 */
export function wouldIterate(raw: unknown, now: number, due: DuePolicy = ITER8_DUE_POLICY): boolean {
  let experiment: Experiment;
  try {
    experiment = parseExperiment(raw, undefined, { shareInput: true });
  } catch (err) {
    if (err instanceof InvalidInputError) return true;
    throw err;
  }
  if (isCompleted(experiment.status)) return false;
  const { spec, tolerance } = dueWindow(experiment, due);
  return isDue(experiment.status, spec, now, tolerance);
}

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
    experiment = parseExperiment(stored.raw, undefined, { shareInput: true });
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

  const due = deps.due ?? ITER8_DUE_POLICY;
  const { spec, intervalMs, tolerance } = dueWindow(experiment, due);
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

  // Start actions run once, before the first iteration (Iter8 ran them as the `start` handler job);
  // on later ticks the runner derives again, in memory, what they derived.
  const first = !experiment.status?.startTime;
  const run = first ? await deps.tasks.runStart(experiment) : await deps.tasks.prepare(experiment);
  const tasks = run.reports;
  const failed = tasks.find((r) => r.outcome === 'failed');
  if (failed) {
    const message = `${first ? 'Start actions failed: ' : ''}${failed.task}: ${failed.message}`;
    return withTasks(await fail(Reason.HandlerFailed, message), tasks);
  }
  experiment = run.experiment;

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

  // Built-in names follow the pack whose series exist now (the probe is cached, so this is cheap).
  // Without pack options (engine tests with a scripted backend) the snapshots are queried as they are.
  let selection: PackSelection = { snapshots };
  if (deps.packs) {
    try {
      selection = await selectPack(experiment, snapshots, deps.packs);
    } catch (err) {
      if (!(err instanceof PackPinError)) throw err;
      return withTasks(await fail(Reason.InvalidExperiment, err.message), tasks);
    }
  }
  snapshots = selection.snapshots;
  const [values, buckets] = await Promise.all([
    fetchIterationValues(experiment, snapshots, now, deps.fetch),
    fetchComparisonBuckets(experiment, snapshots, now, deps.fetch),
  ]);
  const findings = deps.packs ? await checkPackValues(experiment, snapshots, selection, values, now, deps.packs) : [];
  const step = iterate(
    experiment,
    { metrics: snapshots, values, buckets, findings, ...(observedWeights ? { observedWeights } : {}) },
    clock(),
    {
      ...(deps.errorLimit !== undefined ? { errorLimit: deps.errorLimit } : {}),
      ...(due.countErrorsOncePerInterval ? { errorSpacingMs: intervalMs - tolerance } : {}),
    },
  );
  const written = await writeOrConflict(store, step.status, stored.version);
  if (!written) return { kind: 'conflict', experiment: asRead };
  const result: TickResult = {
    kind: 'stepped',
    experiment: { ...experiment, status: step.status },
    step,
    tasks,
    ...(findings.length > 0 ? { findings } : {}),
  };
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
