// Traffic weights on Knative Services (docs/iter8-behaviour.md#weights-in-the-cluster). Each version's weightObjRef
// names a Knative
// Service and a field such as `.spec.traffic[1].percent`. Observing reads those fields; applying
// sends ONE JSON Patch per Service holding every changed weight, so Knative never sees a traffic
// block that does not sum to 100, and then reads the weights back. Differences from Iter8: a failed
// patch is reported (in the tick's result and the experiment's status) instead of only logged, and
// the one version without a weightObjRef gets the remaining weight in its own place in the list.

import type { Experiment, VersionWeight } from '../experiment/types.js';
import type { TrafficController, TrafficObservation, TrafficShift } from '../iteration/ports.js';
import { StoreUnavailableError } from '../iteration/ports.js';
import { experimentNamespace } from '../metrics/catalog.js';
import { experimentVersions } from '../experiment/versions.js';
import type { NamespaceScope } from '../store/kubernetes-metrics.js';
import { inScope } from '../store/kubernetes-metrics.js';
import type { JsonPatchOperation, KubeObject, KubernetesApi } from '../store/kubernetes-api.js';
import { KNATIVE_SERVICES } from '../store/kubernetes-api.js';
import { errorMessage } from '../util/errors.js';

export const KNATIVE_SERVING_API_VERSION = 'serving.knative.dev/v1';

export class FieldPathError extends Error {}

export type PathSegment = string | number;

const FIELD_PATH = /^(?:\.[A-Za-z0-9_-]+|\[\d+\])+$/;

/**
 * `.spec.traffic[1].percent` -> ['spec', 'traffic', 1, 'percent']. Iter8 evaluated the field path as
 * a Kubernetes JSONPath; only the plain form (fields and array indexes) names one writable field.
 */
export function parseFieldPath(fieldPath: string): PathSegment[] {
  if (!FIELD_PATH.test(fieldPath)) {
    throw new FieldPathError(
      `fieldPath ${JSON.stringify(fieldPath)} must be fields and indexes such as .spec.traffic[0].percent`,
    );
  }
  const segments: PathSegment[] = [];
  for (const match of fieldPath.matchAll(/\.([A-Za-z0-9_-]+)|\[(\d+)\]/g)) {
    segments.push(match[1] !== undefined ? match[1] : Number(match[2]));
  }
  return segments;
}

/** RFC 6901 pointer of the path: `/spec/traffic/1/percent`. */
export function toJsonPointer(segments: readonly PathSegment[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function readPath(object: unknown, segments: readonly PathSegment[]): unknown {
  let node: unknown = object;
  for (const segment of segments) {
    if (typeof segment === 'number') node = Array.isArray(node) ? node[segment] : undefined;
    else
      node =
        typeof node === 'object' && node !== null && !Array.isArray(node)
          ? (node as Record<string, unknown>)[segment]
          : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

interface WeightTarget {
  version: string;
  namespace: string;
  name: string;
  fieldPath: string;
  segments: PathSegment[];
}

const objectKey = (t: Pick<WeightTarget, 'namespace' | 'name'>): string => `${t.namespace}/${t.name}`;

/** The versions' weight fields, or the first reason one is unusable. */
function weightTargets(
  experiment: Experiment,
  scope: NamespaceScope,
): { targets: WeightTarget[]; unreferenced: string[] } | { invalid: string } {
  const targets: WeightTarget[] = [];
  const unreferenced: string[] = [];
  for (const version of experimentVersions(experiment)) {
    const ref = version.weightObjRef;
    if (!ref?.fieldPath) {
      unreferenced.push(version.name);
      continue;
    }
    const where = `version ${version.name}: weightObjRef`;
    if (
      (ref.apiVersion ?? KNATIVE_SERVING_API_VERSION) !== KNATIVE_SERVING_API_VERSION ||
      (ref.kind ?? 'Service') !== 'Service'
    ) {
      return {
        invalid: `${where} points at ${ref.apiVersion ?? '?'} ${ref.kind ?? '?'}; iter8fn shifts traffic on ${KNATIVE_SERVING_API_VERSION} Services only`,
      };
    }
    if (!ref.name) return { invalid: `${where} has no name` };
    const namespace = ref.namespace ?? experimentNamespace(experiment);
    if (!inScope(scope, namespace))
      return { invalid: `${where} is in namespace ${namespace}, which the function may not read` };
    let segments: PathSegment[];
    try {
      segments = parseFieldPath(ref.fieldPath);
    } catch (err) {
      return { invalid: `${where}: ${errorMessage(err)}` };
    }
    targets.push({ version: version.name, namespace, name: ref.name, fieldPath: ref.fieldPath, segments });
  }
  return { targets, unreferenced };
}

export class KnativeTrafficController implements TrafficController {
  constructor(
    private readonly api: KubernetesApi,
    private readonly scope: NamespaceScope = undefined,
  ) {}

  async observe(experiment: Experiment): Promise<TrafficObservation> {
    const found = weightTargets(experiment, this.scope);
    if ('invalid' in found) return { kind: 'invalid', message: found.invalid };
    if (found.targets.length === 0) return { kind: 'none' };
    const objects = new Map<string, KubeObject>();
    for (const target of found.targets) {
      const key = objectKey(target);
      if (objects.has(key)) continue;
      const object = await this.read(target);
      if (!object) return { kind: 'invalid', message: `knative service ${key} not found` };
      objects.set(key, object);
    }
    const read = new Map<string, number>();
    for (const target of found.targets) {
      const value = readPath(objects.get(objectKey(target)), target.segments);
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
        return {
          kind: 'invalid',
          message: `version ${target.version}: ${target.fieldPath} of knative service ${objectKey(target)} is ${value === undefined ? 'absent' : JSON.stringify(value)}, not a percent`,
        };
      }
      read.set(target.version, value);
    }
    const versions = experimentVersions(experiment).map((v) => v.name);
    if (found.unreferenced.length === 1) {
      // The one version without a weightObjRef gets the rest, in its own place (Iter8 appended it:
      // docs/iter8-behaviour.md#weights-read-by-position).
      const rest = 100 - [...read.values()].reduce((a, b) => a + b, 0);
      if (rest < 0) return { kind: 'invalid', message: `the observed weights add up to ${100 - rest}, more than 100` };
      read.set(found.unreferenced[0] as string, rest);
    } else if (found.unreferenced.length > 1 && experiment.spec.strategy.deploymentPattern !== 'FixedSplit') {
      return {
        kind: 'invalid',
        message: 'Unable to read version weights; insufficient number of weightObjectRef specified',
      };
    }
    return {
      kind: 'observed',
      weights: versions.filter((v) => read.has(v)).map((name) => ({ name, value: read.get(name) as number })),
    };
  }

  async apply(
    experiment: Experiment,
    recommended: readonly VersionWeight[],
    current: readonly VersionWeight[],
  ): Promise<TrafficShift> {
    const found = weightTargets(experiment, this.scope);
    if ('invalid' in found) return { patched: [], error: found.invalid };
    const patches = new Map<string, JsonPatchOperation[]>();
    for (const target of found.targets) {
      const weight = recommended.find((w) => w.name === target.version);
      if (!weight) return { patched: [], error: `no weight recommended for version ${target.version}` };
      if (current.find((w) => w.name === target.version)?.value === weight.value) continue;
      const operations = patches.get(objectKey(target)) ?? [];
      // `add` sets an object member whether or not it is present (Iter8 sent the same operation).
      operations.push({ op: 'add', path: toJsonPointer(target.segments), value: weight.value });
      patches.set(objectKey(target), operations);
    }
    const patched: string[] = [];
    const errors: string[] = [];
    for (const [key, operations] of patches) {
      const [namespace, name] = key.split('/') as [string, string];
      try {
        await this.api.jsonPatch(KNATIVE_SERVICES, namespace, name, operations);
        patched.push(key);
      } catch (err) {
        errors.push(errorMessage(err));
      }
    }
    let observed: VersionWeight[] | undefined;
    if (patched.length > 0 || errors.length > 0) {
      try {
        const after = await this.observe(experiment);
        if (after.kind === 'observed') observed = after.weights;
        else if (after.kind === 'invalid') errors.push(`reading the weights back: ${after.message}`);
      } catch (err) {
        errors.push(`reading the weights back: ${errorMessage(err)}`);
      }
    } else {
      observed = [...current];
    }
    return { patched, ...(observed ? { observed } : {}), ...(errors.length > 0 ? { error: errors.join('; ') } : {}) };
  }

  private async read(target: WeightTarget): Promise<KubeObject | undefined> {
    try {
      return await this.api.get(KNATIVE_SERVICES, target.namespace, target.name);
    } catch (err) {
      // Not an answer about the experiment (unreachable, throttled, forbidden): retry the tick.
      throw new StoreUnavailableError(errorMessage(err));
    }
  }
}
