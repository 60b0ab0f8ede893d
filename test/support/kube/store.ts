// The objects of the test API server and the write rules of kube-apiserver: one global
// resourceVersion bumped by every write that changes an object (a no-op write keeps it), generation
// bumped on spec changes, uid and creationTimestamp set on create, optimistic concurrency (a stale
// resourceVersion is refused with 409), the status subresource (writes to the object ignore
// .status, writes to /status ignore the rest), and custom resources pruned, defaulted and validated.
// The HTTP server and the in-memory KubernetesApi both serve this store.

import { randomUUID } from 'node:crypto';
import { jsonPatch, mergePatch } from './patch.js';
import {
  apiVersionOf,
  clone,
  defaultResources,
  isObject,
  qualified,
  type KubeObject,
  type ResourceDefinition,
} from './resources.js';
import { defaultAndPrune, StructuralValidator } from './schema.js';
import { ApiStatusError } from './status.js';

/** Where a write goes: the object, or its status subresource. */
export interface WriteTarget {
  namespace: string;
  name: string;
  subresource?: string;
}

export const MERGE_PATCH = 'application/merge-patch+json';
export const JSON_PATCH = 'application/json-patch+json';
const STRATEGIC_MERGE_PATCH = 'application/strategic-merge-patch+json';

export class ObjectStore {
  readonly resources: readonly ResourceDefinition[] = defaultResources();
  private revision = 1000;
  private readonly objects = new Map<string, KubeObject>();
  private readonly validator = new StructuralValidator(this.resources);

  /** The resourceVersion of the last write. */
  get resourceVersion(): string {
    return String(this.revision);
  }

  /** The definition serving `group/version` `plural`, if any. */
  definition(group: string, version: string, plural: string): ResourceDefinition | undefined {
    return this.resources.find((d) => d.group === group && d.plural === plural && d.versions.includes(version));
  }

  // ---- admin access (no status isolation, no pruning): test setup and assertions ----

  /** Creates or replaces an object as given (status included), bumping its resourceVersion. */
  put(object: KubeObject): KubeObject {
    const def = this.definitionOf(object);
    const metadata = { ...(object.metadata ?? {}) };
    const namespace = metadata.namespace ?? 'default';
    const name = metadata.name as string;
    const key = this.key(def, namespace, name);
    const existing = this.objects.get(key);
    const stored = clone(object);
    stored.metadata = {
      ...metadata,
      namespace,
      name,
      uid: existing?.metadata?.uid ?? randomUUID(),
      creationTimestamp: existing?.metadata?.creationTimestamp ?? new Date().toISOString(),
      generation: ((existing?.metadata?.generation as number | undefined) ?? 0) + 1,
      resourceVersion: this.nextRevision(),
    };
    if (def.schema) defaultAndPrune(stored, def.schema);
    this.objects.set(key, stored);
    return clone(stored);
  }

  /** The stored object, as a copy; `resource` is `plural.group` (or `plural` for the core group). */
  get(resource: string, namespace: string, name: string): KubeObject | undefined {
    const object = this.objects.get(`${resource}/${namespace}/${name}`);
    return object && clone(object);
  }

  remove(resource: string, namespace: string, name: string): boolean {
    return this.objects.delete(`${resource}/${namespace}/${name}`);
  }

  // ---- the API's operations (404, 409, 422 as kube-apiserver answers them) ----

  /** Objects of one type, in one namespace or all, sorted by namespace and name; as stored. */
  list(def: ResourceDefinition, namespace?: string): KubeObject[] {
    const prefix = `${qualified(def)}/${namespace !== undefined ? `${namespace}/` : ''}`;
    return [...this.objects.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, object]) => object);
  }

  read(def: ResourceDefinition, namespace: string, name: string): KubeObject {
    const object = this.objects.get(this.key(def, namespace, name));
    if (!object) throw notFound(def, name);
    return object;
  }

  create(def: ResourceDefinition, namespace: string, body: unknown): KubeObject {
    if (!isObject(body)) throw new ApiStatusError(400, 'BadRequest', 'the body must be an object');
    const metadata = isObject(body.metadata) ? body.metadata : {};
    const name = metadata.name;
    if (typeof name !== 'string' || name === '')
      throw new ApiStatusError(
        422,
        'Invalid',
        `${def.kind} "" is invalid: metadata.name: Required value: name is required`,
      );
    if (this.objects.has(this.key(def, namespace, name))) {
      throw new ApiStatusError(409, 'AlreadyExists', `${qualified(def)} "${name}" already exists`, {
        name,
        group: def.group,
        kind: def.plural,
      });
    }
    const object = clone(body) as KubeObject;
    // The status of a resource with a status subresource is set through /status only.
    if (def.statusSubresource) delete object.status;
    object.metadata = {
      ...metadata,
      name,
      namespace,
      uid: randomUUID(),
      creationTimestamp: new Date().toISOString(),
      generation: 1,
      resourceVersion: '',
    };
    this.validator.validate(def, object);
    (object.metadata as Record<string, unknown>).resourceVersion = this.nextRevision();
    this.objects.set(this.key(def, namespace, name), object);
    return object;
  }

  delete(def: ResourceDefinition, namespace: string, name: string): KubeObject {
    const object = this.read(def, namespace, name);
    this.objects.delete(this.key(def, namespace, name));
    return object;
  }

  /** PUT: the whole object (or its status), replaced. */
  replace(def: ResourceDefinition, target: WriteTarget, body: unknown): KubeObject {
    const current = this.read(def, target.namespace, target.name);
    if (!isObject(body)) throw new ApiStatusError(400, 'BadRequest', 'the body must be an object');
    return this.write(def, current, clone(body), target);
  }

  /** PATCH with a merge patch or a JSON patch (a strategic merge patch only for core resources). */
  patch(def: ResourceDefinition, target: WriteTarget, body: unknown, contentType: string): KubeObject {
    const current = this.read(def, target.namespace, target.name);
    const type = contentType.split(';')[0]?.trim();
    let candidate: unknown;
    if (type === MERGE_PATCH || (type === STRATEGIC_MERGE_PATCH && def.group === '')) {
      candidate = mergePatch(clone(current), body);
    } else if (type === JSON_PATCH) {
      if (!Array.isArray(body))
        throw new ApiStatusError(400, 'BadRequest', 'a JSON patch must be an array of operations');
      try {
        candidate = jsonPatch(clone(current), body);
      } catch (err) {
        throw new ApiStatusError(422, 'Invalid', `the JSON patch could not be applied: ${(err as Error).message}`);
      }
    } else {
      throw new ApiStatusError(
        415,
        'UnsupportedMediaType',
        `the body of the request was in an unknown format - accepted media types include: ${JSON_PATCH}, ${MERGE_PATCH}${def.group === '' ? `, ${STRATEGIC_MERGE_PATCH}` : ''}`,
      );
    }
    if (!isObject(candidate)) throw new ApiStatusError(422, 'Invalid', 'the patched object is not an object');
    return this.write(def, current, candidate, target);
  }

  // ---- internals ----

  /** The common path of update and patch: preconditions, status isolation, validation, versioning. */
  private write(def: ResourceDefinition, current: KubeObject, candidate: KubeObject, target: WriteTarget): KubeObject {
    const currentMeta = current.metadata ?? {};
    const wanted = candidate.metadata?.resourceVersion;
    if (wanted !== undefined && wanted !== '' && wanted !== currentMeta.resourceVersion) {
      throw new ApiStatusError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${qualified(def)} "${currentMeta.name}": the object has been modified; please apply your changes to the latest version and try again`,
        { name: currentMeta.name, group: def.group, kind: def.plural },
      );
    }
    let next: KubeObject;
    if (def.statusSubresource && target.subresource === 'status') {
      // Writes to /status change the status and nothing else.
      next = { ...clone(current), ...(candidate.status !== undefined ? { status: candidate.status } : {}) };
      if (candidate.status === undefined) delete next.status;
    } else if (def.statusSubresource) {
      // Writes to the object leave its status alone.
      next = { ...clone(candidate) };
      if (current.status !== undefined) next.status = clone(current.status);
      else delete next.status;
    } else {
      next = clone(candidate);
    }
    // Identity and server-set fields cannot be changed by a client.
    next.metadata = {
      ...(isObject(next.metadata) ? next.metadata : {}),
      name: currentMeta.name,
      namespace: currentMeta.namespace,
      uid: currentMeta.uid,
      creationTimestamp: currentMeta.creationTimestamp,
      generation: currentMeta.generation,
      resourceVersion: currentMeta.resourceVersion,
    };
    delete next.apiVersion;
    delete next.kind;
    this.validator.validate(def, next);
    const stripped = (o: KubeObject) => JSON.stringify({ ...o, apiVersion: undefined, kind: undefined });
    if (stripped(next) === stripped(current)) return current; // no-op: no new resourceVersion
    const specChanged = JSON.stringify(withoutMetaAndStatus(next)) !== JSON.stringify(withoutMetaAndStatus(current));
    const metadata = next.metadata as Record<string, unknown>;
    metadata.generation = ((currentMeta.generation as number | undefined) ?? 1) + (specChanged ? 1 : 0);
    metadata.resourceVersion = this.nextRevision();
    this.objects.set(this.key(def, currentMeta.namespace as string, currentMeta.name as string), next);
    return next;
  }

  private nextRevision(): string {
    this.revision += 1;
    return String(this.revision);
  }

  private key(def: ResourceDefinition, namespace: string, name: string): string {
    return `${qualified(def)}/${namespace}/${name}`;
  }

  private definitionOf(object: KubeObject): ResourceDefinition {
    const [group, version] = (object.apiVersion ?? '').includes('/')
      ? (object.apiVersion as string).split('/')
      : ['', object.apiVersion];
    const def = this.resources.find(
      (d) => d.group === group && d.kind === object.kind && d.versions.includes(version ?? ''),
    );
    if (!def) throw new Error(`the test API server does not serve ${object.apiVersion} ${object.kind}`);
    return def;
  }
}

/** An object as the API answers it: a copy carrying the apiVersion asked for and the kind. */
export function present(def: ResourceDefinition, version: string, object: KubeObject): KubeObject {
  return { ...clone(object), apiVersion: apiVersionOf(def, version), kind: def.kind };
}

export function notFound(def: ResourceDefinition, name: string | undefined): ApiStatusError {
  return new ApiStatusError(404, 'NotFound', `${qualified(def)} "${name}" not found`, {
    name,
    group: def.group,
    kind: def.plural,
  });
}

function withoutMetaAndStatus(object: KubeObject): Record<string, unknown> {
  const { metadata: _m, status: _s, apiVersion: _a, kind: _k, ...rest } = object;
  return rest;
}
