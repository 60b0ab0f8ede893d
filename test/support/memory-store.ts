// An ExperimentStore held in memory and versioned the way kube-apiserver versions an object: every
// accepted write bumps the resourceVersion, and a write made against a version that is no longer
// current is refused with StoreConflictError. Documents go through JSON on the way in, as they do
// on the way to etcd, so nothing that would not survive serialisation can hide in the store.

import type { Experiment, ExperimentStatus } from '../../src/experiment/types.js';
import type { ExperimentStore, StoredExperiment } from '../../src/iteration/ports.js';
import { StoreConflictError } from '../../src/iteration/ports.js';

/** Called before each store operation; lets a test decide when the operation happens (fc.scheduler). */
export type OperationGate = (operation: 'read' | 'write') => Promise<void>;

export class MemoryExperimentStore implements ExperimentStore {
  private document: Experiment;
  private resourceVersion = 1;
  /** Every status the store accepted, in order. */
  readonly acceptedStatuses: ExperimentStatus[] = [];
  /** Writes refused because they were made against a stale version. */
  refusedWrites = 0;

  constructor(
    experiment: Experiment,
    private readonly gate?: OperationGate,
  ) {
    this.document = jsonCopy(experiment);
  }

  /** The stored experiment, as a copy. */
  get experiment(): Experiment {
    return jsonCopy(this.document);
  }

  get version(): string {
    return String(this.resourceVersion);
  }

  async read(): Promise<StoredExperiment> {
    await this.gate?.('read');
    return { raw: jsonCopy(this.document), version: this.version };
  }

  async writeStatus(status: ExperimentStatus, expectedVersion: string): Promise<StoredExperiment> {
    await this.gate?.('write');
    // Checked and applied with no await in between: the compare-and-swap the API server does.
    if (expectedVersion !== this.version) {
      this.refusedWrites++;
      throw new StoreConflictError(`resourceVersion ${expectedVersion} is stale; the experiment is at ${this.version}`);
    }
    const stored = jsonCopy(status);
    this.document = { ...this.document, status: stored };
    this.resourceVersion++;
    this.acceptedStatuses.push(jsonCopy(stored));
    return { raw: jsonCopy(this.document), version: this.version };
  }
}

function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
