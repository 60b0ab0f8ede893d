// The test API server's store behind the engine's KubernetesApi seam, in memory: no HTTP, no
// client-node, so unit tests that need Kubernetes stay hermetic. Writes follow the same rules as the
// HTTP server (resourceVersion conflicts, status subresource, schema validation), failures come as
// the KubernetesApiErrors the client-node adapter makes from the same Status answers, and every call
// is recorded as the request the adapter would have sent.

import {
  apiErrorFromResponse,
  isKubernetesApiError,
  resourceAt,
  type JsonPatchOperation,
  type KubernetesApi,
  type ResourceType,
} from '../../../src/store/kubernetes-api.js';
import type { RequestInfo } from './request.js';
import { clone, type KubeObject, type ResourceDefinition } from './resources.js';
import { JSON_PATCH, MERGE_PATCH, ObjectStore, present } from './store.js';
import { ApiStatusError, REASONS, statusBody } from './status.js';

/** A call as the HTTP request the client-node adapter sends for it. */
export interface RecordedCall {
  method: 'GET' | 'PATCH';
  path: string;
  contentType?: string;
  body?: unknown;
  /** HTTP status of the answer. */
  status: number;
}

export type MemoryFault = { status: number; message?: string };

export class MemoryKubernetesApi implements KubernetesApi {
  private readonly store = new ObjectStore();
  private fault: ((info: RequestInfo) => MemoryFault | undefined) | undefined;
  private hooks: Array<(info: RequestInfo) => void | Promise<void>> = [];
  readonly requests: RecordedCall[] = [];

  /** Creates or replaces an object as given (status included), bumping its resourceVersion. */
  put(object: KubeObject): KubeObject {
    return this.store.put(object);
  }

  /** The stored object, as a copy; `resource` is `plural.group`. */
  stored(resource: string, namespace: string, name: string): KubeObject | undefined {
    return this.store.get(resource, namespace, name);
  }

  remove(resource: string, namespace: string, name: string): boolean {
    return this.store.remove(resource, namespace, name);
  }

  /** Every call from now on is first offered to `decide`; a fault it returns is the answer. */
  failWith(decide: ((info: RequestInfo) => MemoryFault | undefined) | undefined): void {
    this.fault = decide;
  }

  /** Runs before each call is served; may change the store. */
  onRequest(hook: (info: RequestInfo) => void | Promise<void>): () => void {
    this.hooks.push(hook);
    return () => {
      this.hooks = this.hooks.filter((h) => h !== hook);
    };
  }

  requestsMatching(method: string, pathPattern: RegExp): RecordedCall[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  // ---- KubernetesApi ----

  async get(type: ResourceType, namespace: string, name: string): Promise<KubeObject | undefined> {
    try {
      return await this.call(type, { verb: 'get', method: 'GET', namespace, name }, (def) =>
        present(def, type.version, this.store.read(def, namespace, name)),
      );
    } catch (err) {
      if (isKubernetesApiError(err) && err.code === 404) return undefined;
      throw err;
    }
  }

  list(type: ResourceType, namespace?: string): Promise<KubeObject[]> {
    return this.call(type, { verb: 'list', method: 'GET', ...(namespace ? { namespace } : {}) }, (def) =>
      this.store.list(def, namespace).map((object) => present(def, type.version, object)),
    );
  }

  /** One page: the in-memory API has no paging to exercise. */
  async *listPages(type: ResourceType, namespace?: string): AsyncIterable<KubeObject[]> {
    yield await this.list(type, namespace);
  }

  mergePatchStatus(
    type: ResourceType,
    namespace: string,
    name: string,
    patch: Record<string, unknown>,
  ): Promise<KubeObject> {
    const target = { namespace, name, subresource: 'status' };
    return this.call(
      type,
      { verb: 'patch', method: 'PATCH', ...target },
      (def) => present(def, type.version, this.store.patch(def, target, clone(patch), MERGE_PATCH)),
      { contentType: MERGE_PATCH, body: patch },
    );
  }

  jsonPatch(
    type: ResourceType,
    namespace: string,
    name: string,
    operations: readonly JsonPatchOperation[],
  ): Promise<KubeObject> {
    return this.call(
      type,
      { verb: 'patch', method: 'PATCH', namespace, name },
      (def) => present(def, type.version, this.store.patch(def, { namespace, name }, clone(operations), JSON_PATCH)),
      { contentType: JSON_PATCH, body: operations },
    );
  }

  // ---- internals ----

  private async call<T>(
    type: ResourceType,
    request: Pick<RequestInfo, 'verb' | 'method' | 'namespace' | 'name' | 'subresource'>,
    serve: (def: ResourceDefinition) => T,
    sent: { contentType?: string; body?: unknown } = {},
  ): Promise<T> {
    const path = [
      type.group ? `/apis/${type.group}/${type.version}` : `/api/${type.version}`,
      request.namespace ? `/namespaces/${request.namespace}` : '',
      `/${type.plural}`,
      request.name ? `/${request.name}` : '',
      request.subresource ? `/${request.subresource}` : '',
    ].join('');
    const info: RequestInfo = { ...request, group: type.group, version: type.version, resource: type.plural, path };
    const record: RecordedCall = { method: request.method as RecordedCall['method'], path, ...sent, status: 200 };
    this.requests.push(record);
    // Named as the client-node adapter names its calls.
    const verb = request.verb === 'list' ? 'LIST' : request.method;
    const subresource = request.subresource ? `/${request.subresource}` : '';
    const what = `${verb} ${resourceAt(type, request.namespace, request.name)}${subresource}`;
    try {
      const fault = this.fault?.(info);
      if (fault)
        throw new ApiStatusError(
          fault.status,
          REASONS[fault.status] ?? 'InternalError',
          fault.message ?? 'injected fault',
        );
      for (const hook of this.hooks) await hook(info);
      const def = this.store.definition(type.group, type.version, type.plural);
      if (!def) throw new ApiStatusError(404, 'NotFound', 'the server could not find the requested resource');
      return serve(def);
    } catch (err) {
      if (!(err instanceof ApiStatusError)) throw err;
      record.status = err.status;
      throw apiErrorFromResponse(what, err.status, statusBody(err.status, err.reason, err.message, err.details));
    }
  }
}
