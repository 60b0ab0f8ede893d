// The Kubernetes API as the function uses it: the objects, the resource types, the calls and their
// errors. The store (kubernetes-store.ts), the traffic controller and the start task depend on this
// interface only; kubernetes-client.ts implements it over @kubernetes/client-node.

import { isRecord } from '../util/records.js';

/** A Kubernetes object as the API server returns it. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; resourceVersion?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface ResourceType {
  /** '' for the core group. */
  group: string;
  version: string;
  plural: string;
  kind: string;
}

export const EXPERIMENTS: ResourceType = {
  group: 'iter8.tools',
  version: 'v2alpha2',
  plural: 'experiments',
  kind: 'Experiment',
};
export const METRICS: ResourceType = { group: 'iter8.tools', version: 'v2alpha2', plural: 'metrics', kind: 'Metric' };
export const SECRETS: ResourceType = { group: '', version: 'v1', plural: 'secrets', kind: 'Secret' };
export const KNATIVE_SERVICES: ResourceType = {
  group: 'serving.knative.dev',
  version: 'v1',
  plural: 'services',
  kind: 'Service',
};

export const resourceName = (type: ResourceType): string => (type.group ? `${type.plural}.${type.group}` : type.plural);

/** How a call names its object in messages: `experiments.iter8.tools default/name`. */
export const resourceAt = (type: ResourceType, namespace: string | undefined, name?: string): string =>
  `${resourceName(type)} ${namespace ? `${namespace}/` : ''}${name ?? ''}`.trim();

/**
 * Objects per page of a LIST. A scan holds the objects of about two pages, so this bounds its memory
 * (README, "Performance"); a page of 100 experiments is a few hundred KiB of JSON.
 */
export const LIST_PAGE_SIZE = 100;

export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}

/** What the function may do in a cluster; every call is bounded by a timeout. */
export interface KubernetesApi {
  /** The object, or undefined when it does not exist (404). */
  get(type: ResourceType, namespace: string, name: string): Promise<KubeObject | undefined>;
  /** Every object of the type, in one namespace or (without one) in all, following `continue` pages. */
  list(type: ResourceType, namespace?: string): Promise<KubeObject[]>;
  /**
   * The same objects page by page (at most LIST_PAGE_SIZE each), in the API server's order; the next
   * page is asked for while the caller works on this one, so a scan holds about two pages at a time.
   */
  listPages(type: ResourceType, namespace?: string): AsyncIterable<KubeObject[]>;
  /** RFC 7386 merge patch of the status subresource. */
  mergePatchStatus(
    type: ResourceType,
    namespace: string,
    name: string,
    patch: Record<string, unknown>,
  ): Promise<KubeObject>;
  /** RFC 6902 JSON patch of the object (not its status). */
  jsonPatch(
    type: ResourceType,
    namespace: string,
    name: string,
    operations: readonly JsonPatchOperation[],
  ): Promise<KubeObject>;
}

/**
 * A failed API call. `code` is the HTTP status, or 0 when no answer came (refused, reset, timed
 * out). The message names the call and the API server's own message, never a response body.
 */
export class KubernetesApiError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly reason?: string,
  ) {
    super(message);
  }

  /** Worth retrying: no answer, throttled, or a server-side failure. */
  get transient(): boolean {
    return this.code === 0 || this.code === 429 || this.code >= 500;
  }
}

export const isKubernetesApiError = (err: unknown): err is KubernetesApiError => err instanceof KubernetesApiError;

export interface ConnectOptions {
  /** Path(s) of kubeconfig files, separated like $KUBECONFIG; otherwise in-cluster, then ~/.kube/config. */
  kubeconfig?: string;
  /** Bound on every API call, in milliseconds. */
  timeoutMs: number;
  /** Environment read for in-cluster detection (KUBERNETES_SERVICE_HOST). */
  env?: NodeJS.ProcessEnv;
}

/** An HTTP error answer as a KubernetesApiError: the code, and the Status reason and message (never the body). */
export function apiErrorFromResponse(what: string, code: number, body: unknown): KubernetesApiError {
  const status = statusOf(body);
  const text = status.message ?? `HTTP ${code}`;
  return new KubernetesApiError(
    `${what}: ${code}${status.reason ? ` ${status.reason}` : ''}: ${text}`,
    code,
    status.reason,
  );
}

function statusOf(body: unknown): { message?: string; reason?: string } {
  let value: unknown = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return {};
    }
  }
  if (!isRecord(value) || value.kind !== 'Status') return {};
  return {
    ...(typeof value.message === 'string' ? { message: value.message.split('\n')[0] } : {}),
    ...(typeof value.reason === 'string' ? { reason: value.reason } : {}),
  };
}
