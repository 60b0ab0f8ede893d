// A Kubernetes API server for tests, in-process and over real HTTP, that behaves like kube-apiserver
// for the calls iter8fn and kubectl make (no kube-apiserver can run on these machines:
// docs/tooling.md#no-kube-apiserver-in-tests):
//
// - discovery: /version, /api, /api/v1, /apis, /apis/<group>, /apis/<group>/<version>;
// - get, list (all namespaces too, with limit/continue), create, replace, delete, and patch:
//   RFC 7386 merge patch and RFC 6902 JSON patch (strategic merge and apply are refused with 415
//   for custom resources, as kube-apiserver does);
// - one global resourceVersion, bumped on every write that changes an object (a no-op write keeps
//   it), generation bumped on spec changes, uid and creationTimestamp set on create;
// - optimistic concurrency: a write carrying a resourceVersion that is not current is refused with
//   409 Conflict and a Status body ("the object has been modified");
// - the status subresource: writes to the object ignore .status, writes to /status ignore the rest;
// - custom resources pruned, defaulted and validated with their CRD's structural schema (from the
//   engine's schema.ts, the same objects config/crd embeds): unknown fields are dropped, invalid
//   objects refused with 422;
// - Status bodies for 404 NotFound, 409 Conflict/AlreadyExists, 403 Forbidden, 415, 422, 503;
// - `kubectl get` tables built from the CRD's printer columns;
// - optional RBAC: requests bearing a given token are authorized against PolicyRules (read from the
//   shipped config/rbac YAML by the tests), everything else is admin.
// Faults for tests: stop() and start() (connection refused), failWith() (e.g. 503), onRequest();
// beforeAnswer() and afterAnswer() see each resource request once it has been served (a write is
// applied by then), before and after its answer is sent: crash tests hold answers and kill the
// client at exactly those points.

import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { buildCrds, type CustomResourceDefinition, type PrinterColumn } from '../../src/experiment/crd.js';
import { KUBERNETES_SCHEMA_KEYWORDS, type StructuralSchema } from '../../src/experiment/schema.js';
import { errorMessage } from '../../src/util/errors.js';

export type KubeObject = Record<string, unknown> & {
  apiVersion?: string;
  kind?: string;
  metadata?: Record<string, unknown> & { name?: string; namespace?: string; resourceVersion?: string };
};

export interface ResourceDefinition {
  /** '' for the core group. */
  group: string;
  versions: string[];
  plural: string;
  singular: string;
  kind: string;
  shortNames?: string[];
  statusSubresource: boolean;
  /** Structural schema: prune, default and validate (custom resources). */
  schema?: StructuralSchema;
  printerColumns?: PrinterColumn[];
}

export interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs: string[];
  resourceNames?: string[];
}

/** Rules granted to one bearer token, everywhere (ClusterRole) or in some namespaces (Role). */
export interface Grant {
  rules: PolicyRule[];
  /** undefined: every namespace. */
  namespace?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType?: string;
  accept?: string;
  token?: string;
  body?: unknown;
  status: number;
}

export interface RequestInfo {
  verb: string;
  group: string;
  version: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  method: string;
  path: string;
}

export type Fault = { status: number; message?: string } | 'hang' | 'drop';

/** Sees a resource request that has been served (a write is applied by then) and the status it is answered with. */
export type AnswerHook = (info: RequestInfo, status: number) => void | Promise<void>;

export interface KubeApiServerOptions {
  /** Bearer tokens whose requests are authorized against grants; requests with any other token are admin. */
  rbac?: Record<string, { user: string; grants: Grant[] }>;
  /** Reported by /version; kubectl's dispatcher picks its minor version from it. */
  minorVersion?: string;
}

const CORE_SECRETS: ResourceDefinition = {
  group: '',
  versions: ['v1'],
  plural: 'secrets',
  singular: 'secret',
  kind: 'Secret',
  statusSubresource: false,
};
const KNATIVE_SERVICES: ResourceDefinition = {
  group: 'serving.knative.dev',
  versions: ['v1'],
  plural: 'services',
  singular: 'service',
  kind: 'Service',
  shortNames: ['kservice', 'ksvc'],
  statusSubresource: true,
};

function fromCrd(crd: CustomResourceDefinition, shortNames: string[]): ResourceDefinition {
  const first = crd.spec.versions[0];
  return {
    group: crd.spec.group,
    versions: crd.spec.versions.filter((v) => v.served).map((v) => v.name),
    plural: crd.spec.names.plural,
    singular: crd.spec.names.singular,
    kind: crd.spec.names.kind,
    shortNames,
    statusSubresource: first?.subresources !== undefined,
    ...(first ? { schema: first.schema.openAPIV3Schema, printerColumns: first.additionalPrinterColumns } : {}),
  };
}

/** The resources iter8fn touches: its CRDs (from the engine), Knative Services, Secrets. */
export function defaultResources(): ResourceDefinition[] {
  const crds = buildCrds();
  return [CORE_SECRETS, fromCrd(crds.experiments, ['exp']), fromCrd(crds.metrics, []), KNATIVE_SERVICES];
}

// ---- HTTP plumbing ----

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const statusBody = (code: number, reason: string, message: string, details?: Record<string, unknown>) => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message,
  reason,
  ...(details ? { details } : {}),
  code,
});

/** Status reasons by HTTP code, as kube-apiserver names them. */
const REASONS: Record<number, string> = {
  400: 'BadRequest',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

const qualified = (def: ResourceDefinition): string => (def.group ? `${def.plural}.${def.group}` : def.plural);
const apiVersionOf = (def: ResourceDefinition, version: string): string =>
  def.group ? `${def.group}/${version}` : version;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// ---- the server ----

export class KubeApiServer {
  private server: http.Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;
  private revision = 1000;
  private readonly objects = new Map<string, KubeObject>();
  private readonly resources: ResourceDefinition[];
  private readonly validators = new Map<string, ValidateFunction>();
  private fault: ((info: RequestInfo) => Fault | undefined) | undefined;
  private hooks: Array<(info: RequestInfo) => void | Promise<void>> = [];
  private beforeAnswerHooks: AnswerHook[] = [];
  private afterAnswerHooks: AnswerHook[] = [];
  readonly requests: RecordedRequest[] = [];

  private constructor(private readonly options: KubeApiServerOptions) {
    this.resources = defaultResources();
    const ajv = new Ajv({ allErrors: false, strict: false });
    ajv.addVocabulary([...KUBERNETES_SCHEMA_KEYWORDS]);
    ajv.addFormat('int32', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
    });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/);
    for (const def of this.resources) {
      if (def.schema) this.validators.set(qualified(def), ajv.compile(clone(def.schema) as object));
    }
    this.server = this.createServer();
  }

  static async start(options: KubeApiServerOptions = {}): Promise<KubeApiServer> {
    const server = new KubeApiServer(options);
    await server.listen(0);
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A kubeconfig for this server; with a token, requests carry it (see options.rbac). */
  kubeconfig(token = 'admin', namespace = 'default'): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: test',
      '  cluster:',
      `    server: ${this.url}`,
      '    insecure-skip-tls-verify: true',
      'users:',
      '- name: test-user',
      '  user:',
      `    token: ${token}`,
      'contexts:',
      '- name: test',
      '  context:',
      '    cluster: test',
      '    user: test-user',
      `    namespace: ${namespace}`,
      'current-context: test',
      '',
    ].join('\n');
  }

  // ---- admin access (no RBAC, no status isolation, no pruning): test setup and assertions ----

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
    if (def.schema) this.defaultAndPrune(stored, def.schema);
    this.objects.set(key, stored);
    return clone(stored);
  }

  /** The stored object, as a copy. */
  get(resource: string, namespace: string, name: string): KubeObject | undefined {
    const object = this.objects.get(`${resource}/${namespace}/${name}`);
    return object && clone(object);
  }

  remove(resource: string, namespace: string, name: string): boolean {
    return this.objects.delete(`${resource}/${namespace}/${name}`);
  }

  /** Every request from now on is first offered to `decide`; a Fault it returns is served instead. */
  failWith(decide: ((info: RequestInfo) => Fault | undefined) | undefined): void {
    this.fault = decide;
  }

  /** Runs before each resource request is served (after authorization); may change the store. */
  onRequest(hook: (info: RequestInfo) => void | Promise<void>): () => void {
    this.hooks.push(hook);
    return () => {
      this.hooks = this.hooks.filter((h) => h !== hook);
    };
  }

  /**
   * Runs after a resource request was served and before its answer is sent; the answer waits for
   * it. A write is already applied: a client killed here never learns that its write succeeded.
   */
  beforeAnswer(hook: AnswerHook): () => void {
    this.beforeAnswerHooks.push(hook);
    return () => {
      this.beforeAnswerHooks = this.beforeAnswerHooks.filter((h) => h !== hook);
    };
  }

  /** Runs once the answer to a resource request has been handed to its socket. */
  afterAnswer(hook: AnswerHook): () => void {
    this.afterAnswerHooks.push(hook);
    return () => {
      this.afterAnswerHooks = this.afterAnswerHooks.filter((h) => h !== hook);
    };
  }

  requestsMatching(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  /** TCP connections accepted since the server was made (a client that keeps them alive opens few). */
  connectionsAccepted = 0;

  /** Closes every open connection but keeps listening, as an idle timeout would. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  /** Stops listening: clients get connection refused until start(). */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Listens again on the same port. */
  async start(): Promise<void> {
    this.server = this.createServer();
    await this.listen(this.port);
  }

  async close(): Promise<void> {
    if (this.server.listening) await this.stop();
  }

  // ---- internals ----

  private createServer(): http.Server {
    const server = http.createServer((req, res) => {
      void this.serve(req, res);
    });
    server.on('connection', (socket) => {
      this.connectionsAccepted++;
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    return server;
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
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

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return; // the client went away (or was killed) in the middle of its request: nothing to serve
    }
    const text = Buffer.concat(chunks).toString('utf8');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}),
      ...(req.headers.accept ? { accept: req.headers.accept } : {}),
      ...(token ? { token } : {}),
      status: 0,
    };
    // The request as routed, once it is served: answer hooks see resource requests only (not
    // discovery, faults or refused authorization), whatever their status (404, 409, 422 too).
    let served: RequestInfo | undefined;
    let answer: { status: number; body: unknown };
    try {
      if (text !== '') {
        try {
          record.body = JSON.parse(text);
        } catch {
          throw new HttpError(400, 'BadRequest', 'the body of the request is not JSON');
        }
      }
      const discovery = this.discovery(url.pathname);
      if (discovery !== undefined) {
        answer = { status: 200, body: discovery };
      } else {
        const info = this.route(req.method ?? 'GET', url);
        const fault = this.fault?.(info);
        if (fault === 'hang') {
          record.status = -1;
          this.requests.push(record);
          return; // never answered; the client's timeout must fire
        }
        if (fault === 'drop') {
          record.status = -1;
          this.requests.push(record);
          req.socket.destroy();
          return;
        }
        if (fault)
          throw new HttpError(
            fault.status,
            REASONS[fault.status] ?? 'InternalError',
            fault.message ?? 'injected fault',
          );
        this.authorize(info, token);
        for (const hook of this.hooks) await hook(info);
        served = info;
        answer = this.handle(info, url, record.body, req.headers['content-type'] ?? '', req.headers.accept ?? '');
      }
    } catch (err) {
      answer =
        err instanceof HttpError
          ? { status: err.status, body: statusBody(err.status, err.reason, err.message, err.details) }
          : { status: 500, body: statusBody(500, 'InternalError', `test API server: ${(err as Error).message}`) };
    }
    if (served) await this.runAnswerHooks(this.beforeAnswerHooks, served, answer.status);
    record.status = answer.status;
    this.requests.push(record);
    const payload = JSON.stringify(answer.body);
    // A client that went away meanwhile (killed by a hook) is not an error of the server.
    if (!res.destroyed) {
      res.writeHead(answer.status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
      });
      res.end(payload);
    }
    if (served) await this.runAnswerHooks(this.afterAnswerHooks, served, answer.status);
  }

  /** A hook that throws must not leave a request unanswered; its error is reported on stderr. */
  private async runAnswerHooks(hooks: readonly AnswerHook[], info: RequestInfo, status: number): Promise<void> {
    for (const hook of hooks) {
      try {
        await hook(info, status);
      } catch (err) {
        process.stderr.write(`test API server: answer hook failed: ${errorMessage(err)}\n`);
      }
    }
  }

  // ---- discovery ----

  private discovery(path: string): unknown {
    const groups = [...new Set(this.resources.filter((d) => d.group !== '').map((d) => d.group))];
    const groupVersions = (group: string) => {
      const versions = [...new Set(this.resources.filter((d) => d.group === group).flatMap((d) => d.versions))];
      return versions.map((version) => ({ groupVersion: `${group}/${version}`, version }));
    };
    const apiGroup = (group: string) => {
      const versions = groupVersions(group);
      return { kind: 'APIGroup', apiVersion: 'v1', name: group, versions, preferredVersion: versions[0] };
    };
    if (path === '/version') {
      const minor = this.options.minorVersion ?? '30';
      return {
        major: '1',
        minor,
        gitVersion: `v1.${minor}.0`,
        platform: 'linux/amd64',
        goVersion: 'go1.22.0',
        compiler: 'gc',
      };
    }
    if (path === '/api')
      return {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: this.url.slice(7) }],
      };
    if (path === '/apis') return { kind: 'APIGroupList', apiVersion: 'v1', groups: groups.map(apiGroup) };
    if (path === '/api/v1') return this.resourceList('', 'v1');
    const match = /^\/apis\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path);
    if (match && groups.includes(match[1] as string)) {
      if (match[2] === undefined) return apiGroup(match[1] as string);
      if (this.resources.some((d) => d.group === match[1] && d.versions.includes(match[2] as string)))
        return this.resourceList(match[1] as string, match[2]);
    }
    return undefined;
  }

  private resourceList(group: string, version: string) {
    const resources = this.resources
      .filter((d) => d.group === group && d.versions.includes(version))
      .flatMap((d) => {
        const namespaced = true;
        const main = {
          name: d.plural,
          singularName: d.singular,
          namespaced,
          kind: d.kind,
          verbs: ['create', 'delete', 'get', 'list', 'patch', 'update'],
          ...(d.shortNames?.length ? { shortNames: d.shortNames } : {}),
        };
        const status = {
          name: `${d.plural}/status`,
          singularName: '',
          namespaced,
          kind: d.kind,
          verbs: ['get', 'patch', 'update'],
        };
        return d.statusSubresource ? [main, status] : [main];
      });
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: group ? `${group}/${version}` : version,
      resources,
    };
  }

  // ---- routing and authorization ----

  private route(method: string, url: URL): RequestInfo {
    const parts = url.pathname.split('/').filter(Boolean);
    let group: string;
    let version: string;
    let rest: string[];
    if (parts[0] === 'api' && parts[1] !== undefined) {
      group = '';
      version = parts[1];
      rest = parts.slice(2);
    } else if (parts[0] === 'apis' && parts[1] !== undefined && parts[2] !== undefined) {
      group = parts[1];
      version = parts[2];
      rest = parts.slice(3);
    } else {
      throw new HttpError(404, 'NotFound', 'the server could not find the requested resource');
    }
    let namespace: string | undefined;
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      namespace = rest[1];
      rest = rest.slice(2);
    }
    const [resource, name, subresource, ...extra] = rest;
    if (!resource || extra.length > 0)
      throw new HttpError(404, 'NotFound', 'the server could not find the requested resource');
    const watch = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
    const verb =
      method === 'GET'
        ? name
          ? 'get'
          : watch
            ? 'watch'
            : 'list'
        : method === 'POST'
          ? 'create'
          : method === 'PUT'
            ? 'update'
            : method === 'PATCH'
              ? 'patch'
              : method === 'DELETE'
                ? name
                  ? 'delete'
                  : 'deletecollection'
                : method.toLowerCase();
    return {
      verb,
      group,
      version,
      resource,
      ...(subresource ? { subresource } : {}),
      ...(namespace ? { namespace } : {}),
      ...(name ? { name } : {}),
      method,
      path: url.pathname,
    };
  }

  private authorize(info: RequestInfo, token: string | undefined): void {
    const subject = token ? this.options.rbac?.[token] : undefined;
    if (!subject) return;
    const resource = info.subresource ? `${info.resource}/${info.subresource}` : info.resource;
    const allowed = subject.grants.some(
      (grant) =>
        (grant.namespace === undefined || grant.namespace === info.namespace) &&
        grant.rules.some(
          (rule) =>
            (rule.apiGroups ?? []).some((g) => g === '*' || g === info.group) &&
            (rule.resources ?? []).some((r) => r === '*' || r === resource) &&
            rule.verbs.some((v) => v === '*' || v === info.verb) &&
            (!rule.resourceNames?.length || (info.name !== undefined && rule.resourceNames.includes(info.name))),
        ),
    );
    if (allowed) return;
    const where = info.namespace ? ` in the namespace "${info.namespace}"` : ' at the cluster scope';
    const target = `${info.group ? `${info.resource}.${info.group}` : info.resource}${info.name ? ` "${info.name}"` : ''}`;
    throw new HttpError(
      403,
      'Forbidden',
      `${target} is forbidden: User "${subject.user}" cannot ${info.verb} resource "${resource}" in API group "${info.group}"${where}`,
      { ...(info.name ? { name: info.name } : {}), group: info.group, kind: info.resource },
    );
  }

  // ---- resource operations ----

  private handle(
    info: RequestInfo,
    url: URL,
    body: unknown,
    contentType: string,
    accept: string,
  ): { status: number; body: unknown } {
    const def = this.resources.find(
      (d) => d.group === info.group && d.plural === info.resource && d.versions.includes(info.version),
    );
    if (!def) throw new HttpError(404, 'NotFound', 'the server could not find the requested resource');
    if (info.subresource !== undefined && (info.subresource !== 'status' || !def.statusSubresource)) {
      throw new HttpError(404, 'NotFound', 'the server could not find the requested resource');
    }
    const notFound = () =>
      new HttpError(404, 'NotFound', `${qualified(def)} "${info.name}" not found`, {
        name: info.name,
        group: def.group,
        kind: def.plural,
      });
    const apiVersion = apiVersionOf(def, info.version);
    const present = (object: KubeObject): KubeObject => ({ ...clone(object), apiVersion, kind: def.kind });

    switch (info.verb) {
      case 'watch':
        throw new HttpError(405, 'MethodNotAllowed', 'watch is not supported by the test API server');
      case 'list': {
        if (url.searchParams.has('labelSelector') || url.searchParams.has('fieldSelector')) {
          throw new HttpError(400, 'BadRequest', 'label and field selectors are not supported by the test API server');
        }
        const all = [...this.objects.entries()]
          .filter(([key]) =>
            key.startsWith(`${qualified(def)}/${info.namespace !== undefined ? `${info.namespace}/` : ''}`),
          )
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([, object]) => present(object));
        const offset = Number(url.searchParams.get('continue') ?? '0') || 0;
        const limit = Number(url.searchParams.get('limit') ?? '0') || all.length;
        const items = all.slice(offset, offset + limit);
        const more = offset + limit < all.length;
        if (/as=Table/.test(accept)) return { status: 200, body: this.table(def, items) };
        return {
          status: 200,
          body: {
            apiVersion,
            kind: `${def.kind}List`,
            metadata: { resourceVersion: String(this.revision), ...(more ? { continue: String(offset + limit) } : {}) },
            items,
          },
        };
      }
      case 'get': {
        const object = this.objects.get(this.key(def, info.namespace ?? '', info.name ?? ''));
        if (!object) throw notFound();
        if (/as=Table/.test(accept)) return { status: 200, body: this.table(def, [present(object)]) };
        return { status: 200, body: present(object) };
      }
      case 'create': {
        if (!isObject(body)) throw new HttpError(400, 'BadRequest', 'the body must be an object');
        const metadata = isObject(body.metadata) ? body.metadata : {};
        const name = metadata.name;
        if (typeof name !== 'string' || name === '')
          throw new HttpError(
            422,
            'Invalid',
            `${def.kind} "" is invalid: metadata.name: Required value: name is required`,
          );
        const namespace = info.namespace ?? 'default';
        if (this.objects.has(this.key(def, namespace, name))) {
          throw new HttpError(409, 'AlreadyExists', `${qualified(def)} "${name}" already exists`, {
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
        this.validate(def, object);
        (object.metadata as Record<string, unknown>).resourceVersion = this.nextRevision();
        this.objects.set(this.key(def, namespace, name), object);
        return { status: 201, body: present(object) };
      }
      case 'delete': {
        const key = this.key(def, info.namespace ?? '', info.name ?? '');
        const object = this.objects.get(key);
        if (!object) throw notFound();
        this.objects.delete(key);
        return { status: 200, body: present(object) };
      }
      case 'update':
      case 'patch': {
        const key = this.key(def, info.namespace ?? '', info.name ?? '');
        const current = this.objects.get(key);
        if (!current) throw notFound();
        let candidate: unknown;
        if (info.verb === 'update') {
          if (!isObject(body)) throw new HttpError(400, 'BadRequest', 'the body must be an object');
          candidate = clone(body);
        } else {
          const type = contentType.split(';')[0]?.trim();
          if (
            type === 'application/merge-patch+json' ||
            (type === 'application/strategic-merge-patch+json' && def.group === '')
          ) {
            candidate = mergePatch(clone(current), body);
          } else if (type === 'application/json-patch+json') {
            if (!Array.isArray(body))
              throw new HttpError(400, 'BadRequest', 'a JSON patch must be an array of operations');
            try {
              candidate = jsonPatch(clone(current), body);
            } catch (err) {
              throw new HttpError(422, 'Invalid', `the JSON patch could not be applied: ${(err as Error).message}`);
            }
          } else {
            throw new HttpError(
              415,
              'UnsupportedMediaType',
              `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json${def.group === '' ? ', application/strategic-merge-patch+json' : ''}`,
            );
          }
        }
        if (!isObject(candidate)) throw new HttpError(422, 'Invalid', 'the patched object is not an object');
        return { status: 200, body: present(this.write(def, current, candidate, info)) };
      }
      default:
        throw new HttpError(405, 'MethodNotAllowed', `${info.verb} is not supported by the test API server`);
    }
  }

  /** The common path of update and patch: preconditions, status isolation, validation, versioning. */
  private write(def: ResourceDefinition, current: KubeObject, candidate: KubeObject, info: RequestInfo): KubeObject {
    const currentMeta = current.metadata ?? {};
    const wanted = candidate.metadata?.resourceVersion;
    if (wanted !== undefined && wanted !== '' && wanted !== currentMeta.resourceVersion) {
      throw new HttpError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${qualified(def)} "${currentMeta.name}": the object has been modified; please apply your changes to the latest version and try again`,
        { name: currentMeta.name, group: def.group, kind: def.plural },
      );
    }
    let next: KubeObject;
    if (def.statusSubresource && info.subresource === 'status') {
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
    this.validate(def, next);
    const stripped = (o: KubeObject) => JSON.stringify({ ...o, apiVersion: undefined, kind: undefined });
    if (stripped(next) === stripped(current)) return current; // no-op: no new resourceVersion
    const specChanged = JSON.stringify(withoutMetaAndStatus(next)) !== JSON.stringify(withoutMetaAndStatus(current));
    const metadata = next.metadata as Record<string, unknown>;
    metadata.generation = ((currentMeta.generation as number | undefined) ?? 1) + (specChanged ? 1 : 0);
    metadata.resourceVersion = this.nextRevision();
    this.objects.set(this.key(def, currentMeta.namespace as string, currentMeta.name as string), next);
    return next;
  }

  /** Prune, default and validate a custom resource against its structural schema (422 if invalid). */
  private validate(def: ResourceDefinition, object: KubeObject): void {
    if (!def.schema) return;
    this.defaultAndPrune(object, def.schema);
    const validate = this.validators.get(qualified(def));
    const { apiVersion: _a, kind: _k, ...rest } = object;
    const document = { ...rest, apiVersion: `${def.group}/${def.versions[0]}`, kind: def.kind };
    if (validate && !validate(document)) {
      const error = validate.errors?.[0];
      const field = (error?.instancePath ?? '').slice(1).replace(/\//g, '.');
      throw new HttpError(
        422,
        'Invalid',
        `${def.kind}.${def.group} "${String(object.metadata?.name)}" is invalid: ${field || '<root>'}: Invalid value: ${error?.message ?? 'invalid'}`,
      );
    }
  }

  private defaultAndPrune(object: KubeObject, schema: StructuralSchema): void {
    for (const [key, value] of Object.entries(object)) {
      if (key === 'metadata' || key === 'apiVersion' || key === 'kind') continue;
      const child = schema.properties?.[key];
      if (!child) delete object[key];
      else object[key] = pruneValue(value, child);
    }
    applyDefaults(object, schema);
  }

  private table(def: ResourceDefinition, items: KubeObject[]) {
    const columns = def.printerColumns ?? [];
    return {
      kind: 'Table',
      apiVersion: 'meta.k8s.io/v1',
      metadata: { resourceVersion: String(this.revision) },
      columnDefinitions: [
        { name: 'Name', type: 'string', format: 'name', description: 'Name', priority: 0 },
        ...columns.map((c) => ({ name: c.name, type: c.type, format: '', description: c.jsonPath, priority: 0 })),
        ...(columns.length === 0 ? [{ name: 'Age', type: 'string', format: '', description: 'age', priority: 0 }] : []),
      ],
      rows: items.map((item) => ({
        cells: [
          item.metadata?.name,
          ...columns.map((c) => {
            const value = readJsonPath(item, c.jsonPath);
            return value === undefined
              ? ''
              : c.type === 'string' && typeof value !== 'string'
                ? JSON.stringify(value)
                : value;
          }),
          ...(columns.length === 0 ? ['0s'] : []),
        ],
        object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: item.metadata },
      })),
    };
  }
}

function withoutMetaAndStatus(object: KubeObject): Record<string, unknown> {
  const { metadata: _m, status: _s, apiVersion: _a, kind: _k, ...rest } = object;
  return rest;
}

function readJsonPath(object: unknown, path: string): unknown {
  let node: unknown = object;
  for (const segment of path.split('.').filter(Boolean)) node = isObject(node) ? node[segment] : undefined;
  return node;
}

/** Drops fields the structural schema does not declare (kube-apiserver's pruning). */
function pruneValue(value: unknown, schema: StructuralSchema): unknown {
  if (schema['x-kubernetes-preserve-unknown-fields'] && !schema.properties) return value;
  if (isObject(value)) {
    if (schema.properties) {
      for (const [key, child] of Object.entries(value)) {
        const childSchema = schema.properties[key];
        if (childSchema) value[key] = pruneValue(child, childSchema);
        else if (!schema['x-kubernetes-preserve-unknown-fields']) delete value[key];
      }
    } else if (typeof schema.additionalProperties === 'object') {
      for (const [key, child] of Object.entries(value)) value[key] = pruneValue(child, schema.additionalProperties);
    }
    return value;
  }
  if (Array.isArray(value) && schema.items)
    return value.map((item) => pruneValue(item, schema.items as StructuralSchema));
  return value;
}

/** Structural defaulting: a missing property with a `default` gets it, recursively. */
function applyDefaults(value: unknown, schema: StructuralSchema): void {
  if (isObject(value)) {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (value[key] === undefined && child.default !== undefined) value[key] = child.default;
      if (value[key] !== undefined) applyDefaults(value[key], child);
    }
    if (typeof schema.additionalProperties === 'object') {
      for (const child of Object.values(value)) applyDefaults(child, schema.additionalProperties);
    }
  } else if (Array.isArray(value) && schema.items) {
    for (const item of value) applyDefaults(item, schema.items);
  }
}

// ---- RFC 7386 and RFC 6902 ----

/** RFC 7386: objects merge recursively, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`invalid JSON pointer ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function arrayIndex(container: unknown[], token: string, forAdd: boolean): number {
  if (forAdd && token === '-') return container.length;
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new Error(`invalid array index ${JSON.stringify(token)}`);
  const index = Number(token);
  if (index > container.length || (!forAdd && index === container.length))
    throw new Error(`array index ${index} is out of bounds`);
  return index;
}

function parentOf(document: unknown, tokens: string[]): { parent: unknown; last: string } {
  let node = document;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(node)) node = node[arrayIndex(node, token, false)];
    else if (isObject(node) && token in node) node = node[token];
    else throw new Error(`path /${tokens.join('/')} does not exist`);
  }
  return { parent: node, last: tokens[tokens.length - 1] as string };
}

function getAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(node)) node = node[arrayIndex(node, token, false)];
    else if (isObject(node) && token in node) node = node[token];
    else throw new Error(`path ${pointer} does not exist`);
  }
  return node;
}

function addAt(document: unknown, pointer: string, value: unknown): unknown {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return value;
  const { parent, last } = parentOf(document, tokens);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, last, true), 0, value);
  else if (isObject(parent)) parent[last] = value;
  else throw new Error(`path ${pointer} does not exist`);
  return document;
}

function removeAt(document: unknown, pointer: string): unknown {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) throw new Error('cannot remove the whole document');
  const { parent, last } = parentOf(document, tokens);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, last, false), 1);
  else if (isObject(parent) && last in parent) delete parent[last];
  else throw new Error(`path ${pointer} does not exist`);
  return document;
}

const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObject(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  return value;
}

/** RFC 6902, all six operations; the document is changed only if every operation succeeds. */
export function jsonPatch(document: unknown, operations: unknown[]): unknown {
  let doc = clone(document);
  for (const raw of operations) {
    if (!isObject(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string')
      throw new Error('each operation needs op and path');
    const { op, path } = raw;
    switch (op) {
      case 'add':
        doc = addAt(doc, path, clone(raw.value));
        break;
      case 'remove':
        doc = removeAt(doc, path);
        break;
      case 'replace':
        getAt(doc, path);
        doc = addAt(removeAt(doc, path), path, clone(raw.value));
        break;
      case 'move': {
        if (typeof raw.from !== 'string') throw new Error('move needs from');
        const value = getAt(doc, raw.from);
        doc = addAt(removeAt(doc, raw.from), path, value);
        break;
      }
      case 'copy': {
        if (typeof raw.from !== 'string') throw new Error('copy needs from');
        doc = addAt(doc, path, clone(getAt(doc, raw.from)));
        break;
      }
      case 'test':
        if (!deepEqual(getAt(doc, path), raw.value)) throw new Error(`test failed at ${path}`);
        break;
      default:
        throw new Error(`unknown operation ${JSON.stringify(op)}`);
    }
  }
  return doc;
}

// ---- RBAC manifests ----

/** The rules the shipped RBAC YAML grants a service account, as the test server enforces them. */
export function grantsFromRbacYaml(text: string, serviceAccount: { namespace: string; name: string }): Grant[] {
  const documents = parseAllDocuments(text)
    .map((d) => d.toJS() as KubeObject | null)
    .filter((d): d is KubeObject => d !== null);
  const roles = new Map<string, PolicyRule[]>();
  for (const doc of documents) {
    if (doc.kind === 'ClusterRole' || doc.kind === 'Role') {
      roles.set(
        `${doc.kind}/${doc.kind === 'Role' ? `${String(doc.metadata?.namespace)}/` : ''}${String(doc.metadata?.name)}`,
        (doc.rules as PolicyRule[]) ?? [],
      );
    }
  }
  const grants: Grant[] = [];
  for (const doc of documents) {
    if (doc.kind !== 'ClusterRoleBinding' && doc.kind !== 'RoleBinding') continue;
    const subjects = (doc.subjects as Array<{ kind: string; name: string; namespace?: string }>) ?? [];
    if (
      !subjects.some(
        (s) =>
          s.kind === 'ServiceAccount' && s.name === serviceAccount.name && s.namespace === serviceAccount.namespace,
      )
    )
      continue;
    const ref = doc.roleRef as { kind: string; name: string };
    const bindingNamespace = doc.kind === 'RoleBinding' ? String(doc.metadata?.namespace) : undefined;
    const key = ref.kind === 'Role' ? `Role/${bindingNamespace}/${ref.name}` : `ClusterRole/${ref.name}`;
    const rules = roles.get(key);
    if (!rules)
      throw new Error(`${doc.kind} ${String(doc.metadata?.name)} refers to ${key}, which the YAML does not define`);
    grants.push({ rules, ...(bindingNamespace ? { namespace: bindingNamespace } : {}) });
  }
  return grants;
}
