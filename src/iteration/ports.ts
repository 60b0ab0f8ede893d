// The engine's ports: what runTick needs from the world, named in one place. The stores, the
// traffic controllers and the task runners implement these; nothing here does I/O.

import type { Experiment, ExperimentStatus, VersionWeight } from '../experiment/types.js';

// ---- the experiment store ----

/** A stored experiment and the version it was read at (resourceVersion, or a file content hash). */
export interface StoredExperiment {
  raw: unknown;
  version: string;
}

/** The stored experiment is no longer at the version the write expected: another write came first. */
export class StoreConflictError extends Error {}
/** The store (or the cluster behind a port) could not be reached; retrying the tick may help. */
export class StoreUnavailableError extends Error {}

export interface ExperimentStore {
  /** The experiment, or undefined if it does not exist. Throws StoreUnavailableError on I/O failure. */
  read(): Promise<StoredExperiment | undefined>;
  /** Writes status only. Throws StoreConflictError if the stored version is no longer `expectedVersion`. */
  writeStatus(status: ExperimentStatus, expectedVersion: string): Promise<StoredExperiment>;
}

// ---- traffic ----

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

// ---- start tasks ----

export interface TaskReport {
  task: string;
  outcome: 'done' | 'skipped' | 'failed';
  message: string;
}

/** The experiment as the tasks left it (a task may fill in versionInfo), and what each task did. */
export interface TaskRun {
  experiment: Experiment;
  reports: TaskReport[];
}

export interface TaskRunner {
  /** Runs the start actions (spec.strategy.actions.start), once, before the first iteration. */
  runStart(experiment: Experiment): Promise<TaskRun>;
  /**
   * Runs on every tick after the first. Start tasks may derive spec fields that cannot be stored
   * (the function writes only status); this derives them again, in memory. A runner whose tasks
   * derive nothing returns the experiment unchanged and no reports.
   */
  prepare(experiment: Experiment): Promise<TaskRun>;
}

// ---- time ----

/** Milliseconds since the epoch, like Date.now. */
export type Clock = () => number;

/** The knobs of the due rule: when a tick may iterate, and how its metric errors count. */
export interface DuePolicy {
  /** Divides intervalSeconds (quick demos and tests); 1 in production. */
  speed: number;
  /** How early a tick may come and still be due, given the (divided) interval. */
  toleranceMs: (intervalMs: number) => number;
  /**
   * Count a metric error at most once per interval (less the tolerance), so a platform redelivering
   * a failed tick does not use up the error limit in seconds.
   */
  countErrorsOncePerInterval: boolean;
}
