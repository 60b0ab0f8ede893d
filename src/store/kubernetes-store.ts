// Experiments in a Kubernetes cluster. The function reads an Experiment and writes only its
// `/status`, with a JSON merge patch carrying the resourceVersion it read: the API server refuses a
// stale write with 409, so two deliveries racing on one tick count one iteration (the loser re-reads
// and finds the iteration not due). Keys the engine removed from the status are sent as null, so
// the stored status is exactly the one computed, never a mix of old and new.
//
// All Kubernetes access of the function goes through the small KubernetesApi interface
// (kubernetes-api.ts), which connectKubernetes implements with @kubernetes/client-node
// (kubernetes-client.ts). That module is imported only when the function connects, so CLI commands
// that never talk to a cluster do not load client-node.

import type { ExperimentStatus } from '../experiment/types.js';
import type { ExperimentStore, StoredExperiment } from '../iteration/ports.js';
import { StoreConflictError, StoreUnavailableError } from '../iteration/ports.js';
import { errorMessage } from '../util/errors.js';
import { field, isRecord } from '../util/records.js';
import type { ConnectOptions, KubeObject, KubernetesApi } from './kubernetes-api.js';
import { EXPERIMENTS, isKubernetesApiError } from './kubernetes-api.js';

/** Maps an API failure to the store's vocabulary: anything but a definite answer is "unavailable". */
export function unavailable(err: unknown, what: string): StoreUnavailableError {
  return new StoreUnavailableError(`${what}: ${errorMessage(err)}`);
}

// ---- the store ----

export interface ExperimentRefLike {
  namespace: string;
  name: string;
}

export class KubernetesExperimentStore implements ExperimentStore {
  /** The objects read, by resourceVersion: the base of the next merge patch. */
  private readonly seen = new Map<string, KubeObject>();
  private primed: KubeObject | undefined;

  /**
   * @param listed the object as a list call returned it: the first read uses it instead of a GET
   *   (a scan tick then costs one LIST, not one GET per experiment). A stale copy is harmless: its
   *   write is refused with 409 and the tick reads again.
   */
  constructor(
    private readonly api: KubernetesApi,
    readonly ref: ExperimentRefLike,
    listed?: KubeObject,
  ) {
    this.primed = listed;
  }

  private get label(): string {
    return `experiment ${this.ref.namespace}/${this.ref.name}`;
  }

  async read(): Promise<StoredExperiment | undefined> {
    let object: KubeObject | undefined;
    if (this.primed) {
      object = this.primed;
      this.primed = undefined;
    } else {
      try {
        object = await this.api.get(EXPERIMENTS, this.ref.namespace, this.ref.name);
      } catch (err) {
        throw unavailable(err, `reading ${this.label}`);
      }
    }
    if (!object) return undefined;
    const version = object.metadata?.resourceVersion;
    if (!version) throw new StoreUnavailableError(`reading ${this.label}: the API server returned no resourceVersion`);
    this.seen.set(version, object);
    return { raw: object, version };
  }

  async writeStatus(status: ExperimentStatus, expectedVersion: string): Promise<StoredExperiment> {
    const before = this.seen.get(expectedVersion);
    if (!before) {
      // A version this store never read: there is nothing to compute the patch against.
      throw new StoreConflictError(`${this.label}: resourceVersion ${expectedVersion} was not read here`);
    }
    const patch = {
      metadata: { resourceVersion: expectedVersion },
      status: mergePatchBetween(before.status, status),
    };
    let written: KubeObject;
    try {
      written = await this.api.mergePatchStatus(EXPERIMENTS, this.ref.namespace, this.ref.name, patch);
    } catch (err) {
      if (isKubernetesApiError(err) && err.code === 409)
        throw new StoreConflictError(`${this.label} was modified since resourceVersion ${expectedVersion}`);
      // Deleted since it was read: the re-read that follows a conflict finds it gone.
      if (isKubernetesApiError(err) && err.code === 404) throw new StoreConflictError(`${this.label} was deleted`);
      throw unavailable(err, `writing the status of ${this.label}`);
    }
    const version = written.metadata?.resourceVersion;
    if (!version)
      throw new StoreUnavailableError(
        `writing the status of ${this.label}: the API server returned no resourceVersion`,
      );
    this.seen.set(version, written);
    return { raw: written, version };
  }
}

/**
 * The RFC 7386 merge patch that turns `before` into exactly `after`: objects are merged key by key,
 * so every key of `before` that `after` lacks (or holds as undefined, which JSON cannot say) is sent
 * as null; arrays and scalars are replaced, and go out as JSON.stringify writes them. Nothing of
 * `after` is copied but the objects the patch walks.
 */
export function mergePatchBetween(before: unknown, after: unknown): unknown {
  if (!isRecord(after)) return after;
  const base = isRecord(before) ? before : {};
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const value = after[key];
    if (value !== undefined) patch[key] = mergePatchBetween(field(base, key), value);
  }
  for (const key of Object.keys(base)) if (field(after, key) === undefined) patch[key] = null;
  return patch;
}

// ---- connecting ----

export async function connectKubernetes(options: ConnectOptions): Promise<KubernetesApi> {
  const { connectWithClientNode } = await import('./kubernetes-client.js');
  return connectWithClientNode(options);
}
