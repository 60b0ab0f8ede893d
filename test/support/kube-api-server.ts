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
//
// The parts, under kube/: the store and its write rules (store.ts), patches (patch.ts), structural
// schemas (schema.ts), RBAC (rbac.ts), request routing (request.ts), discovery (discovery.ts),
// tables (tables.ts), Status bodies (status.ts). This file is the HTTP server and its fault hooks;
// kube/memory-api.ts serves the same store in memory at the KubernetesApi seam.

import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { errorMessage } from '../../src/util/errors.js';
import { discovery } from './kube/discovery.js';
import { authorize, type Subject } from './kube/rbac.js';
import { route, type RequestInfo } from './kube/request.js';
import { apiVersionOf, type KubeObject } from './kube/resources.js';
import { ObjectStore, present } from './kube/store.js';
import { ApiStatusError, REASONS, statusBody } from './kube/status.js';
import { table } from './kube/tables.js';

export { jsonPatch, mergePatch } from './kube/patch.js';
export { grantsFromRbacYaml, type Grant, type PolicyRule } from './kube/rbac.js';
export type { RequestInfo } from './kube/request.js';
export { defaultResources, type KubeObject, type ResourceDefinition } from './kube/resources.js';

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

export type Fault = { status: number; message?: string } | 'hang' | 'drop';

/** Sees a resource request that has been served (a write is applied by then) and the status it is answered with. */
export type AnswerHook = (info: RequestInfo, status: number) => void | Promise<void>;

export interface KubeApiServerOptions {
  /** Bearer tokens whose requests are authorized against grants; requests with any other token are admin. */
  rbac?: Record<string, Subject>;
  /** Reported by /version; kubectl's dispatcher picks its minor version from it. */
  minorVersion?: string;
}

export class KubeApiServer {
  private server: http.Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;
  private readonly store = new ObjectStore();
  private fault: ((info: RequestInfo) => Fault | undefined) | undefined;
  private hooks: Array<(info: RequestInfo) => void | Promise<void>> = [];
  private beforeAnswerHooks: AnswerHook[] = [];
  private afterAnswerHooks: AnswerHook[] = [];
  readonly requests: RecordedRequest[] = [];

  private constructor(private readonly options: KubeApiServerOptions) {
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

  /** A kubeconfig for this server whose credentials come from an exec plugin (`node script ...args`). */
  execKubeconfig(script: string, args: readonly string[] = []): string {
    return this.kubeconfig().replace(
      /^ {4}token: .*$/m,
      [
        '    exec:',
        '      apiVersion: client.authentication.k8s.io/v1',
        '      interactiveMode: Never',
        `      command: ${JSON.stringify(process.execPath)}`,
        `      args: ${JSON.stringify([script, ...args])}`,
      ].join('\n'),
    );
  }

  // ---- admin access (no RBAC, no status isolation, no pruning): test setup and assertions ----

  /** Creates or replaces an object as given (status included), bumping its resourceVersion. */
  put(object: KubeObject): KubeObject {
    return this.store.put(object);
  }

  /** The stored object, as a copy. */
  get(resource: string, namespace: string, name: string): KubeObject | undefined {
    return this.store.get(resource, namespace, name);
  }

  remove(resource: string, namespace: string, name: string): boolean {
    return this.store.remove(resource, namespace, name);
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
          throw new ApiStatusError(400, 'BadRequest', 'the body of the request is not JSON');
        }
      }
      const document = discovery(this.store.resources, url.pathname, {
        minorVersion: this.options.minorVersion ?? '30',
        url: this.url,
      });
      if (document !== undefined) {
        answer = { status: 200, body: document };
      } else {
        const info = route(req.method ?? 'GET', url);
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
          throw new ApiStatusError(
            fault.status,
            REASONS[fault.status] ?? 'InternalError',
            fault.message ?? 'injected fault',
          );
        const subject = token ? this.options.rbac?.[token] : undefined;
        if (subject) authorize(subject, info);
        for (const hook of this.hooks) await hook(info);
        served = info;
        answer = this.handle(info, url, record.body, req.headers['content-type'] ?? '', req.headers.accept ?? '');
      }
    } catch (err) {
      answer =
        err instanceof ApiStatusError
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

  /** One resource request, served from the store. */
  private handle(
    info: RequestInfo,
    url: URL,
    body: unknown,
    contentType: string,
    accept: string,
  ): { status: number; body: unknown } {
    const def = this.store.definition(info.group, info.version, info.resource);
    if (!def || (info.subresource !== undefined && (info.subresource !== 'status' || !def.statusSubresource))) {
      throw new ApiStatusError(404, 'NotFound', 'the server could not find the requested resource');
    }
    const answer = (status: number, object: KubeObject) => ({ status, body: present(def, info.version, object) });
    const target = {
      namespace: info.namespace ?? '',
      name: info.name ?? '',
      ...(info.subresource ? { subresource: info.subresource } : {}),
    };
    const asTable = /as=Table/.test(accept);
    switch (info.verb) {
      case 'watch':
        throw new ApiStatusError(405, 'MethodNotAllowed', 'watch is not supported by the test API server');
      case 'list': {
        if (url.searchParams.has('labelSelector') || url.searchParams.has('fieldSelector')) {
          throw new ApiStatusError(
            400,
            'BadRequest',
            'label and field selectors are not supported by the test API server',
          );
        }
        const all = this.store.list(def, info.namespace);
        const offset = Number(url.searchParams.get('continue') ?? '0') || 0;
        const limit = Number(url.searchParams.get('limit') ?? '0') || all.length;
        // Only the page is copied out: a paged LIST of a large fleet must not copy the fleet per page.
        const items = all.slice(offset, offset + limit).map((object) => present(def, info.version, object));
        const more = offset + limit < all.length;
        const resourceVersion = this.store.resourceVersion;
        if (asTable) return { status: 200, body: table(def, items, resourceVersion) };
        return {
          status: 200,
          body: {
            apiVersion: apiVersionOf(def, info.version),
            kind: `${def.kind}List`,
            metadata: { resourceVersion, ...(more ? { continue: String(offset + limit) } : {}) },
            items,
          },
        };
      }
      case 'get': {
        const object = present(def, info.version, this.store.read(def, target.namespace, target.name));
        if (asTable) return { status: 200, body: table(def, [object], this.store.resourceVersion) };
        return { status: 200, body: object };
      }
      case 'create':
        return answer(201, this.store.create(def, info.namespace ?? 'default', body));
      case 'delete':
        return answer(200, this.store.delete(def, target.namespace, target.name));
      case 'update':
        return answer(200, this.store.replace(def, target, body));
      case 'patch':
        return answer(200, this.store.patch(def, target, body, contentType));
      default:
        throw new ApiStatusError(405, 'MethodNotAllowed', `${info.verb} is not supported by the test API server`);
    }
  }
}
